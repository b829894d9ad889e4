/// What a command's action receives: its arguments, read and validated, and the session it runs
/// in (output, interrupt flag, journal location, batch options).
public struct CommandCall {
    /// The command being run.
    public let command: CommandNode
    /// The argument values by argument name, in the command's argument order.
    public let arguments: KeyedValues
    /// The answers of a command that reads its own (`CommandNode.readsAnswers`), in order; a
    /// `,` stands for "the default" as in Fluent. Empty for other commands.
    public var answers: [String] = []
    /// The session: write output with `session.write`, poll `session.isInterrupted` in long
    /// loops, ask with `session.confirm`.
    public let session: ShellSession

    /// The value of an argument; throws if the command has no such argument.
    public func value(_ name: String) throws -> SettingValue {
        guard let value = arguments[name] else {
            throw ShellError("\(command.path) has no argument '\(name)'")
        }
        return value
    }

    /// A real argument (integers are widened).
    public func real(_ name: String) throws -> Double {
        switch try value(name) {
        case .real(let real): return real
        case .integer(let integer): return Double(integer)
        default: throw ShellError("argument '\(name)' is not a number")
        }
    }

    /// An integer argument.
    public func integer(_ name: String) throws -> Int {
        guard case .integer(let integer) = try value(name) else {
            throw ShellError("argument '\(name)' is not an integer")
        }
        return integer
    }

    /// A boolean argument.
    public func boolean(_ name: String) throws -> Bool {
        guard case .boolean(let boolean) = try value(name) else {
            throw ShellError("argument '\(name)' is not yes/no")
        }
        return boolean
    }

    /// A string, file-path or choice argument.
    public func text(_ name: String) throws -> String {
        guard case .text(let text) = try value(name) else {
            throw ShellError("argument '\(name)' is not text")
        }
        return text
    }
}
