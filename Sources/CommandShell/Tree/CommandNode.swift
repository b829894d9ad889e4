/// A command of the tree, e.g. `/solve/iterate`: typed arguments and an action.
///
/// The action runs only once every argument has been read and validated, so an interrupted or
/// failed prompt leaves the program's state untouched. Errors it throws are reported as one
/// line naming the command path (and journal file:line).
public final class CommandNode {
    /// The command's name within its menu.
    public let name: String
    /// One line of help.
    public let help: String
    /// The arguments, in prompt order.
    public let arguments: [CommandArgument]
    /// Whether a successful run is written by the journal recorder (false for commands such as
    /// `/file/start-journal` whose replay would be meaningless).
    public let isRecorded: Bool
    /// Runs the command with its arguments read.
    public let action: (CommandCall) throws -> Void
    /// The enclosing menu.
    public internal(set) weak var parent: MenuNode?

    /// Makes a command.
    public init(
        _ name: String, help: String, arguments: [CommandArgument] = [], isRecorded: Bool = true,
        action: @escaping (CommandCall) throws -> Void
    ) {
        self.name = name
        self.help = help
        self.arguments = arguments
        self.isRecorded = isRecorded
        self.action = action
    }

    /// The full path, e.g. `/solve/iterate`.
    public var path: String {
        (parent?.path ?? "/") + name
    }
}
