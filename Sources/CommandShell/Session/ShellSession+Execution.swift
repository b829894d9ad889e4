import Foundation

/// Running command lines against the tree: path resolution with Fluent abbreviations, reading
/// and validating every argument, then applying the setting or running the command.
extension ShellSession {
    /// Runs one typed line. Missing arguments are asked for on `input`, one prompt each.
    /// Nothing is applied unless every value was read and validated.
    public func execute(_ line: String) throws {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("!") {
            try runShellEscape(String(trimmed.dropFirst()))
            return
        }
        let tokens = try Tokeniser.tokens(of: line)
        // A comment-only line does nothing; only an empty line lists the menu.
        if tokens.isEmpty && !trimmed.isEmpty { return }
        let stream = TokenStream(tokens: tokens, emptyLineKeepsCurrent: isInteractive) {
            [unowned self] prompt in
            let shown = options.hideQuestions ? "" : prompt
            switch input.readLine(prompt: shown) {
            case .line(let text):
                output.recordInput(shown + text)
                return .tokens(try Tokeniser.tokens(of: text))
            case .interrupted: return .interrupted
            case .endOfInput:
                guard isInteractive else { return .exhausted }
                throw ShellError("end of input", kind: .endOfInput)
            }
        }
        try execute(stream)
    }

    /// Runs one typed line, printing an error as one line; returns whether it succeeded.
    /// The session always survives: bad input leaves every setting at its previous value.
    @discardableResult
    public func run(_ line: String) -> Bool {
        do {
            try execute(line)
            return true
        } catch let error as ShellError {
            write(error.description + "\n")
            return false
        } catch {
            write("\(error)\n")
            return false
        }
    }

    /// Runs the command whose tokens `stream` holds. A Ctrl-C left over from before the command
    /// is forgotten, so the flag the action polls means "pressed during this command".
    func execute(_ stream: TokenStream) throws {
        interrupt.lower()
        guard let first = try stream.nextOnLine() else {
            write(listing(of: currentMenu, width: listingWidth()))
            return
        }
        if first.text.hasPrefix("("), !first.isQuoted {
            throw ShellError.unavailable(
                "Scheme expressions are not evaluated by Courant (only `(parameter ...)` "
                    + "declarations in journals)")
        }
        if first.isKeyword("help") || first.isKeyword("?") {
            let node = try resolve(stream)
            write(help(for: node))
            return
        }
        stream.putBack()
        let node = try resolve(stream)
        if let next = stream.remaining.first, next.isKeyword("?"), stream.remaining.count == 1 {
            write(help(for: node))
            return
        }
        do {
            switch node {
            case .menu(let menu):
                // A journal line ending at a menu with a default command (Fluent's
                // `/define/boundary-conditions/velocity-inlet` with the zone and its answers on
                // the following lines) runs that command.
                if !isInteractive, let fallback = menu.defaultCommand {
                    do {
                        try run(fallback.command, from: stream)
                    } catch var error as ShellError {
                        if error.path == nil { error.path = fallback.command.path }
                        throw error
                    }
                } else {
                    currentMenu = menu
                }
            case .setting(let setting): try apply(setting, from: stream)
            case .command(let command): try run(command, from: stream)
            }
        } catch var error as ShellError {
            if error.path == nil { error.path = node.path }
            throw error
        } catch {
            throw ShellError("\(error)", path: node.path)
        }
    }

    /// Walks the path tokens from the current menu (or the root for `/...`) to a node; stops at
    /// the first setting or command, leaving the rest of the line (and of a path continuing past
    /// a command) as its arguments. Root aliases are followed, and a word a menu's default
    /// command claims (or that names none of its items) goes to that command as its first
    /// answer.
    func resolve(_ stream: TokenStream) throws -> TreeNode {
        var menu = currentMenu
        while let token = try stream.nextOnLine() {
            // `/file ?` asks for help on the menu reached so far (as `?` after a command does).
            if token.isKeyword("?") {
                stream.putBack()
                return .menu(menu)
            }
            if token.text.hasPrefix("/") { menu = root }
            // `a//b` goes back to the root at `//`, as in Fluent.
            let fromRoot = token.text.components(separatedBy: "//")
            if fromRoot.count > 1 {
                stream.pushFront(fromRoot.dropFirst().map { "/" + $0 })
            }
            var components = fromRoot[0].split(separator: "/").map(String.init)
            var position = 0
            while position < components.count {
                let component = components[position]
                if component == ".." || component == "q" || component == "quit" {
                    menu = menu.parent ?? root
                    position += 1
                    continue
                }
                if let target = menu.aliases[component] {
                    components.replaceSubrange(
                        position...position, with: target.split(separator: "/").map(String.init))
                    continue
                }
                if let fallback = menu.defaultCommand,
                    !menu.children.contains(where: { $0.name == component }),
                    fallback.claims(component)
                        || NameMatcher.match(component, in: menu.children.map(\.name)) == .none
                {
                    stream.pushFront(Array(components[position...]))
                    return .command(fallback.command)
                }
                let node = try child(of: menu, matching: component)
                guard case .menu(let submenu) = node else {
                    // A path continuing past a command gives the command its first answers, as
                    // Fluent reads `/file/write-case-data/"run"`.
                    let rest = Array(components[(position + 1)...])
                    if case .command = node {
                        stream.pushFront(rest)
                    } else if !rest.isEmpty {
                        throw ShellError(
                            "'\(node.name)' is not a menu", path: node.path, reason: .unknown)
                    }
                    return node
                }
                menu = submenu
                position += 1
            }
        }
        return .menu(menu)
    }

    /// Whether a journal line whose tokens are `tokens` starts a command rather than answering
    /// the one before it, by Fluent's reading: a full path, a shell escape, a Scheme form, or a
    /// first word that names an item or alias of the root menu.
    func startsCommand(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, !first.isQuoted else { return false }
        // `()` alone is Fluent's empty-list answer, not a Scheme form.
        if first.text.hasPrefix("/") || first.text.hasPrefix("!")
            || (first.text.hasPrefix("(") && first.text != "()")
        {
            return true
        }
        guard let word = first.text.split(separator: "/").first.map(String.init) else {
            return false
        }
        if root.aliases[word] != nil { return true }
        return NameMatcher.match(word, in: root.children.map(\.name)) != .none
    }

    /// The child of `menu` that `word` names, by Fluent abbreviation.
    func child(of menu: MenuNode, matching word: String) throws -> TreeNode {
        let names = menu.children.map(\.name)
        switch NameMatcher.match(word, in: names) {
        case .unique(let index):
            return menu.children[index]
        case .ambiguous(let candidates):
            throw ShellError(
                "'\(word)' is ambiguous: \(candidates.joined(separator: ", "))", path: menu.path,
                reason: .unknown)
        case .none:
            throw ShellError(
                "no item '\(word)'; items are \(names.joined(separator: ", "))", path: menu.path,
                reason: .unknown)
        }
    }

    /// Reads a setting's new value and applies it; typed without a value and read-only, it
    /// prints the current value.
    private func apply(_ setting: SettingNode, from stream: TokenStream) throws {
        guard let set = setting.set else {
            guard stream.remaining.isEmpty else { throw ShellError("read-only setting") }
            write("\(setting.name) = \(setting.get().journalText)\n")
            return
        }
        let value = try readValue(
            of: setting.type, prompt: setting.prompt, current: setting.get(),
            help: setting.help, units: setting.units, path: setting.path, from: stream)
        guard let value else { throw ShellError.malformed("expected a value (\(setting.prompt))") }
        var answers: [String] = []
        if let trailing = setting.trailingAnswers {
            answers = try stream.drain(continuing: !isInteractive).map(\.text)
            try trailing(answers)
        }
        try expectEnd(of: stream)
        try set(value)
        // The answers after the value are recorded too, so the line replays as it was read.
        try recorder?.record(path: setting.path, values: [value] + answers.map { .text($0) })
    }

    /// Reads every argument of a command, then runs its action. An argument whose `isAsked`
    /// says no takes its default and is left out of the recorded journal line, which replays
    /// the same way.
    private func run(_ command: CommandNode, from stream: TokenStream) throws {
        let keywordForm = command.keywordForm.flatMap { form in
            form.claims(stream.remaining.map(\.text)) ? form.action : nil
        }
        if command.readsAnswers || keywordForm != nil {
            var call = CommandCall(command: command, arguments: KeyedValues([]), session: self)
            call.answers = try stream.drain(continuing: !isInteractive).map(\.text)
            try (keywordForm ?? command.action)(call)
            return
        }
        var values: [(key: String, value: SettingValue)] = []
        var asked: [SettingValue] = []
        for (position, argument) in command.arguments.enumerated() {
            if let isAsked = argument.isAsked, !isAsked(KeyedValues(values)) {
                guard let value = argument.defaultValue() else {
                    throw ShellError("'\(argument.name)' has no default")
                }
                values.append((argument.name, value))
                continue
            }
            // An optional answer is not asked of a person: a typed line ending before it takes
            // its default (`/exit`, `/solve/initialize/initialize-flow` at the REPL).
            if argument.isOptional, isInteractive, stream.remaining.isEmpty,
                let fallback = argument.defaultValue()
            {
                values.append((argument.name, fallback))
                continue
            }
            let value = try readValue(
                of: argument.type, prompt: argument.prompt, current: argument.defaultValue(),
                help: argument.help, units: argument.units, path: command.path, from: stream)
            if value == nil, argument.isOptional || argument.takesDefaultInJournal,
                let fallback = argument.defaultValue()
            {
                values.append((argument.name, fallback))
                if argument.takesDefaultInJournal { asked.append(fallback) }
                continue
            }
            guard let value else {
                let names = command.arguments.map(\.name).joined(separator: ", ")
                throw ShellError.malformed(
                    "expected \(command.arguments.count) arguments (\(names)), got \(position)")
            }
            values.append((argument.name, value))
            asked.append(value)
        }
        try expectEnd(of: stream)
        let call = CommandCall(command: command, arguments: KeyedValues(values), session: self)
        try command.action(call)
        if command.isRecorded {
            try recorder?.record(path: command.path, values: asked)
        }
    }

    /// Refuses words left after the last value, except Fluent's `quit`/`q`/`..` leaving menus
    /// (`/solve/convergence-conditions frequency 3 quit`), which end the line.
    private func expectEnd(of stream: TokenStream) throws {
        let menuExits = ["q", "quit", ".."]
        if let extra = stream.remaining.first(where: { !menuExits.contains($0.text) }) {
            throw ShellError.malformed("unexpected '\(extra.text)' after the last value")
        }
    }
}
