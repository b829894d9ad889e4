import Foundation

/// Running a journal's commands in a session.
extension Journal {
    /// Journals may read journals this deep: far beyond any real case, and well within the
    /// stack of the thread that runs them.
    public static let maximumNesting = 64

    /// Runs every command in order, starting at the root menu, with parameters set from their
    /// defaults and `overrides`. Stops at the first error (thrown as `FILE:LINE: /path: message`,
    /// the failing command having changed nothing), at Ctrl-C, or when a command asks to exit.
    /// The session's current menu, prompting mode and location are restored afterwards.
    /// A journal already being read (one that reads itself, or two that read each other) is
    /// refused, naming the chain: `a.jou:3 reads b.jou, b.jou:1 reads a.jou`.
    public func run(in session: ShellSession, overrides: [String: String] = [:]) throws {
        let identity = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
            .path
        if let first = session.journalsBeingRead.firstIndex(where: { $0.identity == identity }) {
            let readers =
                session.journalsBeingRead[(first + 1)...].compactMap(\.readAt)
                + [session.location].compactMap { $0 }
            let chain = zip(readers, readers.dropFirst().map(\.file) + [file]).map {
                "\($0.0) reads \($0.1)"
            }
            throw ShellError("journal cycle: " + chain.joined(separator: ", "))
        }
        guard session.journalsBeingRead.count < Self.maximumNesting else {
            throw ShellError("journals nested more than \(Self.maximumNesting) deep")
        }
        session.journalsBeingRead.append((identity, session.location))
        defer { session.journalsBeingRead.removeLast() }
        let values = try parameterValues(overrides: overrides)
        let savedMenu = session.currentMenu
        let savedInteractive = session.isInteractive
        let savedLocation = session.location
        session.currentMenu = session.root
        session.isInteractive = false
        defer {
            session.currentMenu = savedMenu
            session.isInteractive = savedInteractive
            session.location = savedLocation
        }
        // Fluent's `/file/set-batch-options` exit-on-error: in a journal run without a person
        // (batch), `no` reports each failing command and goes on; the journal then fails as a
        // whole at its end. A journal read at the REPL stops at its first error either way.
        var failures = 0
        var next = 0
        while next < lines.count {
            let line = next + 1
            let text = lines[next]
            next += 1
            let location = SourceLocation(file: file, line: line)
            session.location = location
            do {
                guard !Self.isDeclaration(text) else { continue }
                let tokens = try Tokeniser.tokens(of: text)
                guard !tokens.isEmpty else { continue }
                if session.options.echoCommands {
                    session.write("> " + text.trimmingCharacters(in: .whitespaces) + "\n")
                }
                if let escape = tokens.first?.text, escape.hasPrefix("!") {
                    try session.runShellEscape(
                        String(text.trimmingCharacters(in: .whitespaces).dropFirst()))
                    continue
                }
                let stream = TokenStream(
                    tokens: tokens, emptyLineKeepsCurrent: false,
                    expand: { token in
                        try token.expanded {
                            try ParameterExpression.evaluate($0, values: values).description
                        }
                    }
                ) { prompt in
                    let supplied = try continuation(from: &next, in: session)
                    // Questions answered by the journal are shown unless hidden (Fluent's
                    // hide-questions), question and answer, as a person would have seen them.
                    if case .tokens = supplied, session.options.echoCommands,
                        !session.options.hideQuestions
                    {
                        session.write(
                            prompt + lines[next - 1].trimmingCharacters(in: .whitespaces) + "\n")
                    }
                    return supplied
                }
                try session.execute(stream)
            } catch var error as ShellError {
                // An error from a journal this command read keeps that journal's location.
                if error.location == nil { error.location = location }
                guard error.kind == .invalid, !savedInteractive, !session.options.exitOnError
                else { throw error }
                session.write("Error: \(error) [\(error.reason.rawValue)]\n")
                failures += 1
            }
            if session.interrupt.isRaised {
                throw ShellError("journal interrupted", location: location, kind: .interrupted)
            }
            if session.isExitRequested { break }
        }
        if failures > 0 {
            throw ShellError(
                "\(failures) command\(failures == 1 ? "" : "s") failed (exit-on-error is off, so "
                    + "the journal went on; each error is printed above)",
                location: SourceLocation(file: file, line: nil))
        }
    }

    /// The tokens of the next line that continues a command's arguments; blank and comment
    /// lines are skipped, and a declaration or a line that starts a command (Fluent's reading:
    /// a full path, `!`, a Scheme form, or a first word naming a root item, as `exit` or
    /// `solve/iterate 10` do) ends the command.
    private func continuation(from next: inout Int, in session: ShellSession) throws
        -> TokenStream.Continuation
    {
        while next < lines.count {
            let text = lines[next]
            if Self.isDeclaration(text) { return .exhausted }
            let tokens = try Tokeniser.tokens(of: text).map { token in
                var token = token
                token.continuationLine = next + 1
                return token
            }
            if tokens.isEmpty {
                next += 1
                continue
            }
            if session.startsCommand(tokens) { return .exhausted }
            next += 1
            return .tokens(tokens)
        }
        return .exhausted
    }
}
