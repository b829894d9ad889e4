/// An error from reading or running a command, printed as exactly one line:
/// `FILE:LINE: /command/path: message` (the location and path are left out when unknown).
public struct ShellError: Error, Equatable, CustomStringConvertible {
    /// Why the command was rejected.
    public enum Kind: Equatable, Sendable {
        /// Bad input or a failed action; the session goes on.
        case invalid
        /// Ctrl-C while prompting or running; the command was abandoned.
        case interrupted
        /// The input ended while a command still needed arguments.
        case endOfInput
    }

    /// The message, without location or path.
    public var message: String
    /// The command or setting path, e.g. `/solve/iterate`.
    public var path: String?
    /// The journal position of the command, when it came from a journal.
    public var location: SourceLocation?
    /// Why the command was rejected.
    public var kind: Kind

    /// Makes an error.
    public init(
        _ message: String, path: String? = nil, location: SourceLocation? = nil,
        kind: Kind = .invalid
    ) {
        self.message = message
        self.path = path
        self.location = location
        self.kind = kind
    }

    /// The one-line form `FILE:LINE: /path: message`.
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if let path { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
