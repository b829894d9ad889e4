/// Help text and menu listings.
extension ShellSession {
    /// Help for a node: a menu lists its items with their help; a setting shows its help, type,
    /// units, default and current value; a command shows its help and arguments.
    public func help(for node: TreeNode) -> String {
        switch node {
        case .menu(let menu):
            let width = (menu.children.map { display($0).count }.max() ?? 0) + 2
            var text = "\(menu.path): \(menu.help)\n"
            for child in menu.children {
                let name = display(child)
                text += "  " + name + String(repeating: " ", count: width - name.count)
                text += child.help + "\n"
            }
            return text
        case .setting(let setting):
            var text = "\(setting.path): \(setting.help)\n"
            text += "  type:    \(setting.type.summary)\n"
            if !setting.units.isEmpty { text += "  units:   \(setting.units)\n" }
            text += "  default: \(setting.defaultValue.journalText)\n"
            text += "  current: \(setting.get().journalText)"
            text += setting.set == nil ? " (read-only)\n" : "\n"
            return text
        case .command(let command):
            var text = "\(command.path): \(command.help)\n"
            for argument in command.arguments {
                text += "  \(argument.name): \(argument.help); \(argument.type.summary)"
                if !argument.units.isEmpty { text += " (\(argument.units))" }
                if let value = argument.defaultValue() { text += " [\(value.journalText)]" }
                text += "\n"
            }
            return text
        }
    }

    /// The items of `menu` in columns, filled down then across like `ls`, submenus ending in
    /// `/`; what Enter on an empty line prints.
    public func listing(of menu: MenuNode, width: Int = 80) -> String {
        let names = menu.children.map(display)
        guard !names.isEmpty else { return "" }
        let columnWidth = (names.map(\.count).max() ?? 0) + 2
        let columns = max(1, width / columnWidth)
        let rows = (names.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < names.count else { break }
                line += names[index].padding(to: columnWidth)
            }
            text += line.trimmingTrailingBlanks() + "\n"
        }
        return text
    }

    private func display(_ node: TreeNode) -> String {
        if case .menu = node { return node.name + "/" }
        return node.name
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    fileprivate func trimmingTrailingBlanks() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
