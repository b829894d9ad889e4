/// One node of the settings tree: a menu, a setting or a command.
///
/// The tree is the single source of truth for what a user can see and change: the REPL,
/// journals, help, Tab completion and the canonical journal writer all walk it.
public enum TreeNode {
    /// A submenu, e.g. `/solve/monitors`: holds further nodes.
    case menu(MenuNode)
    /// A value the user reads and changes, e.g. `convergence-criteria`; written to case files.
    case setting(SettingNode)
    /// An action with arguments, e.g. `iterate`.
    case command(CommandNode)

    /// The node's own name, e.g. `convergence-criteria`.
    public var name: String {
        switch self {
        case .menu(let menu): menu.name
        case .setting(let setting): setting.name
        case .command(let command): command.name
        }
    }

    /// One line of help.
    public var help: String {
        switch self {
        case .menu(let menu): menu.help
        case .setting(let setting): setting.help
        case .command(let command): command.help
        }
    }

    /// The full Fluent-style path, e.g. `/solve/monitors/residual/convergence-criteria`.
    public var path: String {
        switch self {
        case .menu(let menu): menu.path
        case .setting(let setting): setting.path
        case .command(let command): command.path
        }
    }

    /// The menu holding this node; nil only for the root menu.
    public var parent: MenuNode? {
        switch self {
        case .menu(let menu): menu.parent
        case .setting(let setting): setting.parent
        case .command(let command): command.parent
        }
    }

    func attach(to menu: MenuNode) {
        switch self {
        case .menu(let child): child.parent = menu
        case .setting(let child): child.parent = menu
        case .command(let child): child.parent = menu
        }
    }
}
