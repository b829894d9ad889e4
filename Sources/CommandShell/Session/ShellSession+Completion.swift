/// Tab completion: menu items, commands and enumerated values at any depth, after
/// abbreviations (`so mo re c<Tab>` offers `convergence-criteria criterion-type`).
extension ShellSession {
    /// What Tab may put in place of a word.
    public enum Completion: Equatable, Sendable {
        /// These candidates, in menu order (empty: nothing fits).
        case candidates([String])
        /// The word is a file path: complete file names.
        case fileNames
    }

    /// The completions of `word`, the word under the cursor, given the text of the line before
    /// it. Path words complete to item names (a word holding `/` completes its last component
    /// and keeps the rest); argument words complete to the argument's choices or `yes`/`no`.
    /// At an argument prompt, the word completes to the prompted value's choices.
    public func completions(of word: String, after prefix: String) -> Completion {
        if let promptedType { return completions(of: word, for: promptedType) }
        var tokens = ((try? Tokeniser.tokens(of: prefix)) ?? []).map(\.text)
        if tokens.first == "help" || tokens.first == "?" { tokens.removeFirst() }
        var menu = currentMenu
        var leaf: TreeNode?
        var argumentCount = 0
        for token in tokens {
            if leaf != nil {
                argumentCount += 1
                continue
            }
            guard let node = walk(token, from: menu) else { return .candidates([]) }
            if case .menu(let submenu) = node { menu = submenu } else { leaf = node }
        }
        guard let leaf else { return .candidates(itemCompletions(of: word, from: menu)) }
        let type: ValueType
        switch leaf {
        case .setting(let setting):
            type = setting.type
        case .command(let command):
            guard argumentCount < command.arguments.count else { return .candidates([]) }
            type = command.arguments[argumentCount].type
        case .menu:
            return .candidates([])
        }
        return completions(of: word, for: type)
    }

    /// The values of `type` that `word` abbreviates, or file names for a path.
    private func completions(of word: String, for type: ValueType) -> Completion {
        if case .filePath = type { return .fileNames }
        return .candidates(type.completions.filter { NameMatcher.accepts(word, $0) })
    }

    /// Item names of `menu` (or of the menu a `/`-path word leads to) that `word` abbreviates.
    private func itemCompletions(of word: String, from menu: MenuNode) -> [String] {
        guard let slash = word.lastIndex(of: "/") else {
            return menu.children.map(\.name).filter { NameMatcher.accepts(word, $0) }
        }
        let directory = String(word[...slash])
        let partial = String(word[word.index(after: slash)...])
        guard let node = walk(directory, from: menu), case .menu(let target) = node else {
            return []
        }
        return target.children.map(\.name).filter { NameMatcher.accepts(partial, $0) }
            .map { directory + $0 }
    }

    /// The node one path word leads to from `menu`, or nil when it leads nowhere unique.
    private func walk(_ word: String, from menu: MenuNode) -> TreeNode? {
        var menu = word.hasPrefix("/") ? root : menu
        let components = word.split(separator: "/").map(String.init)
        for (position, component) in components.enumerated() {
            if component == ".." || component == "q" {
                menu = menu.parent ?? root
                continue
            }
            guard let node = try? child(of: menu, matching: component) else { return nil }
            guard case .menu(let submenu) = node else {
                return position == components.count - 1 ? node : nil
            }
            menu = submenu
        }
        return .menu(menu)
    }
}
