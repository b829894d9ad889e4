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
    /// Whether the command reads its answers itself, as Fluent's commands with model-dependent
    /// prompt orders do (`/define/boundary-conditions/velocity-inlet ZONE yes ...`): it has no
    /// typed arguments and receives every answer the input holds for it in
    /// `CommandCall.answers` (the rest of the line and, in a journal, the lines that follow up
    /// to the next command; a path continuing past it, `/display/views/restore-view/front`,
    /// gives the rest of the path as answers too).
    public let readsAnswers: Bool
    /// Runs the command with its arguments read.
    public let action: (CommandCall) throws -> Void
    /// Fluent's keyword form of the command beside its typed arguments
    /// (`conv-reports add NAME report-defs R stop-criterion 1e-5 ... quit`): when `claims` says
    /// the words on the command's line are in that form, `action` runs instead, with every
    /// answer the input holds for the command in `CommandCall.answers` (as a `readsAnswers`
    /// command gets them). Not recorded by the journal recorder.
    public var keywordForm: (claims: ([String]) -> Bool, action: (CommandCall) throws -> Void)?
    /// The enclosing menu.
    public internal(set) weak var parent: MenuNode?

    /// Makes a command.
    public init(
        _ name: String, help: String, arguments: [CommandArgument] = [], isRecorded: Bool = true,
        readsAnswers: Bool = false, action: @escaping (CommandCall) throws -> Void
    ) {
        self.name = name
        self.help = help
        self.arguments = arguments
        self.isRecorded = isRecorded
        self.readsAnswers = readsAnswers
        self.action = action
    }

    /// Whether it is the command a menu runs for a word none of its items name (see
    /// `MenuNode.setDefaultCommand`); its path is then the menu's.
    var isMenuDefault = false

    /// The full path, e.g. `/solve/iterate`.
    public var path: String {
        if isMenuDefault, let parent { return String(parent.path.dropLast()) }
        return (parent?.path ?? "/") + name
    }
}
