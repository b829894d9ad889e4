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

    /// What kind of rejection it is, for a user reading a batch log and for counting them: a
    /// command that does not exist, one whose answers cannot be read, one asking for physics
    /// or a feature Courant does not have, or a well-formed command that could not be carried
    /// out (a missing file, an unknown zone).
    public enum Reason: String, Equatable, Sendable, CaseIterable {
        /// No such command or menu item.
        case unknown = "unknown command"
        /// The command exists but its answers are missing, extra or of the wrong type.
        case malformed
        /// Physics or a feature outside Courant (turbulence, multiphase, transient, ...).
        case unavailable = "not available in Courant"
        /// A well-formed command that failed when it ran.
        case failed
    }

    /// The message, without location or path.
    public var message: String
    /// The command or setting path, e.g. `/solve/iterate`.
    public var path: String?
    /// The journal position of the command, when it came from a journal.
    public var location: SourceLocation?
    /// Why the command was rejected.
    public var kind: Kind
    /// What kind of rejection an `.invalid` error is.
    public var reason: Reason

    /// Makes an error.
    public init(
        _ message: String, path: String? = nil, location: SourceLocation? = nil,
        kind: Kind = .invalid, reason: Reason = .failed
    ) {
        self.message = message
        self.path = path
        self.location = location
        self.kind = kind
        self.reason = reason
    }

    /// Equal when message, path, location and kind are: the reason classifies an error and
    /// does not make two otherwise equal errors different.
    public static func == (a: ShellError, b: ShellError) -> Bool {
        a.message == b.message && a.path == b.path && a.location == b.location && a.kind == b.kind
    }

    /// A refusal of physics or a feature Courant does not have: `what` names it, e.g.
    /// `multiphase models are not available`.
    public static func unavailable(_ what: String) -> ShellError {
        ShellError(what, reason: .unavailable)
    }

    /// Answers that cannot be read as the command's.
    public static func malformed(_ message: String) -> ShellError {
        ShellError(message, reason: .malformed)
    }

    /// The one-line form `FILE:LINE: /path: message`. Control characters a user's input put
    /// into it (a stray line break or escape sequence from a binary file) are shown escaped,
    /// as `\u{1B}`, so the error stays one plain line on any terminal.
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if let path { parts.append(path) }
        parts.append(message)
        var line = ""
        for scalar in parts.joined(separator: ": ").unicodeScalars {
            let breaksLines =
                (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
                || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
            if breaksLines {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                line += "\\u{" + (hex.count < 2 ? "0" : "") + hex + "}"
            } else {
                line.unicodeScalars.append(scalar)
            }
        }
        return line
    }
}
