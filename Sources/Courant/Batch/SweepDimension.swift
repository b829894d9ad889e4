/// One axis of a sweep: a journal parameter or a TUI setting and the values it takes.
public struct SweepDimension: Sendable, Equatable {
    /// Whether the name is a parameter the journal declares or a TUI command path.
    public enum Kind: Sendable, Equatable {
        /// `parameter NAME ...`: a parameter the journal declares.
        case parameter
        /// `set /PATH ...`: a TUI command path whose value is set before the journal's iterate.
        case setting
    }

    /// Parameter name (`Re`) or command path (`/solve/set/under-relaxation/pressure`).
    public var name: String
    /// Parameter or setting.
    public var kind: Kind
    /// The values, as text passed on the command line, in sweep order.
    public var values: [String]
    /// The sweep-file line that declared it, for errors.
    public var line: Int

    /// A dimension from its parts.
    public init(name: String, kind: Kind, values: [String], line: Int) {
        self.name = name
        self.kind = kind
        self.values = values
        self.line = line
    }
}
