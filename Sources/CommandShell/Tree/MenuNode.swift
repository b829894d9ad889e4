/// A menu of the settings tree: a named list of menus, settings and commands, like Fluent's
/// `/solve/monitors/residual/`.
///
/// Children keep the order they are added in; that order is the listing order, the canonical
/// journal order and the tie-break order of abbreviations.
public final class MenuNode {
    /// The menu's name; the root menu's name is empty.
    public let name: String
    /// One line of help.
    public let help: String
    /// The menu's items, in listing order.
    public private(set) var children: [TreeNode] = []
    /// The enclosing menu; nil for the root.
    public internal(set) weak var parent: MenuNode?
    /// Words that stand for a path from this menu, as Fluent's root aliases do (`rc` for
    /// `file/read-case`, `it` for `solve/iterate`); matched exactly, before abbreviations.
    public var aliases: [String: String] = [:]
    /// The command run for a word that names none of the menu's items, with the word as its
    /// first answer, and whether a word is one it takes before abbreviations of the items are
    /// tried (Fluent's `/define/boundary-conditions/velocity-inlet ZONE ...` beside Courant's
    /// `velocity-inlet/velocity-magnitude`). A journal line that ends at the menu runs it too,
    /// reading its answers from the following lines.
    public private(set) var defaultCommand: (command: CommandNode, claims: (String) -> Bool)?

    /// Makes a menu holding `children` in the given order.
    public init(_ name: String, help: String, children: [TreeNode] = []) {
        self.name = name
        self.help = help
        for child in children {
            add(child)
        }
    }

    /// Makes the root menu of a tree.
    public static func root(help: String = "Top-level menu", children: [TreeNode] = []) -> MenuNode
    {
        MenuNode("", help: help, children: children)
    }

    /// Appends an item. A name already present in this menu is a programming error in the
    /// tree definition and is reported by `duplicateNames`.
    public func add(_ child: TreeNode) {
        child.attach(to: self)
        children.append(child)
    }

    /// Appends a submenu and returns it, for building trees top-down.
    @discardableResult
    public func addMenu(_ name: String, help: String) -> MenuNode {
        let menu = MenuNode(name, help: help)
        add(.menu(menu))
        return menu
    }

    /// Appends a setting and returns it.
    @discardableResult
    public func addSetting(_ setting: SettingNode) -> SettingNode {
        add(.setting(setting))
        return setting
    }

    /// Appends a command and returns it.
    @discardableResult
    public func addCommand(_ command: CommandNode) -> CommandNode {
        add(.command(command))
        return command
    }

    /// Sets the command run for words the menu's items do not name (see `defaultCommand`).
    public func setDefaultCommand(_ command: CommandNode, claims: @escaping (String) -> Bool) {
        command.parent = self
        command.isMenuDefault = true
        defaultCommand = (command, claims)
    }

    /// The full path ending in `/`: `/` for the root, `/solve/monitors/` below it.
    public var path: String {
        guard let parent else { return "/" }
        return parent.path + name + "/"
    }

    /// The child called exactly `name`, if any.
    public func child(named name: String) -> TreeNode? {
        children.first { $0.name == name }
    }

    /// Names that occur more than once among a menu's children, anywhere in the subtree, as
    /// full paths; a correct tree gives an empty list (tests of the concrete tree check it).
    public var duplicateNames: [String] {
        var seen = Set<String>()
        var duplicates: [String] = []
        for child in children {
            if !seen.insert(child.name).inserted {
                duplicates.append(child.path)
            }
            if case .menu(let submenu) = child {
                duplicates += submenu.duplicateNames
            }
        }
        return duplicates
    }
}
