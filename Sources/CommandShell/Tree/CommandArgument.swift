import Foundation

/// One typed argument of a command, e.g. `number-of-iterations` of `/solve/iterate`.
public struct CommandArgument {
    /// The argument's name, used by the action to fetch its value.
    public let name: String
    /// Prompt text shown when the argument is not on the command line.
    public let prompt: String
    /// One line of help, shown when `?` is typed at the prompt.
    public let help: String
    /// How the value is read and validated.
    public let type: ValueType
    /// Units of the value, empty when dimensionless.
    public let units: String
    /// The value used when the user presses Enter or types `,`; evaluated at prompt time so it
    /// can follow the program's state. Nil: the argument must be given.
    public let defaultValue: () -> SettingValue?
    /// Whether the argument is asked for at all, given the values of the arguments before it
    /// (Fluent asks `file-name` only after `write-to-file? yes`); one not asked takes its
    /// default. Nil: always asked.
    public let isAsked: ((KeyedValues) -> Bool)?
    /// Whether the argument may be left out at the end of the input (a journal line, or the
    /// lines after it up to the next command) and then takes its default, as Fluent's
    /// confirmation answers (`/exit yes`) and later-added prompts (the fourth answer of
    /// `set-batch-options`) may. A person is not asked for it: a typed line that ends before it
    /// takes the default.
    public let isOptional: Bool
    /// Whether a journal that gives no answer for the argument takes its default, while a person
    /// is still asked (with the default offered in brackets), as Fluent's `/solve/iterate` runs
    /// the count `/solve/set/number-of-iterations` set when a journal gives none. The value
    /// taken is recorded like an answer, so a recorded journal replays the same count.
    public let takesDefaultInJournal: Bool

    /// Makes an argument; `prompt` defaults to the name with hyphens read as spaces.
    public init(
        _ name: String, help: String, type: ValueType, units: String = "", prompt: String? = nil,
        default defaultValue: @autoclosure @escaping () -> SettingValue? = nil,
        askedWhen isAsked: ((KeyedValues) -> Bool)? = nil, optional isOptional: Bool = false,
        defaultInJournal takesDefaultInJournal: Bool = false
    ) {
        self.isOptional = isOptional
        self.takesDefaultInJournal = takesDefaultInJournal
        self.name = name
        self.help = help
        self.type = type
        self.units = units
        self.prompt = prompt ?? name.replacingOccurrences(of: "-", with: " ")
        self.defaultValue = defaultValue
        self.isAsked = isAsked
    }
}
