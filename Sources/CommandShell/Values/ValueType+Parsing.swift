/// Reading one token as a value of a scalar type, with range and choice validation.
extension ValueType {
    /// Parses one token. Errors carry only the message; the caller adds path and location.
    /// A per-key type reads its values one token per key elsewhere and is rejected here.
    public func parse(_ token: String) throws -> SettingValue {
        switch self {
        case .boolean:
            switch token.lowercased() {
            case "yes", "y", "#t", "true": return .boolean(true)
            case "no", "n", "#f", "false": return .boolean(false)
            default: throw ShellError("'\(token)' is not yes or no")
            }
        case .integer(let range):
            guard let integer = Int(token) else {
                throw ShellError("'\(token)' is not an integer")
            }
            if let range, !range.contains(integer) {
                throw ShellError(
                    "\(integer) is out of range [\(range.lowerBound), \(range.upperBound)]")
            }
            return .integer(integer)
        case .real(let range):
            guard let real = Double(token), real.isFinite else {
                throw ShellError("'\(token)' is not a number")
            }
            if let range, !range.contains(real) {
                throw ShellError(
                    "\(SettingValue.format(real)) is out of range "
                        + "[\(SettingValue.format(range.lowerBound)), "
                        + "\(SettingValue.format(range.upperBound))]")
            }
            return .real(real)
        case .string, .filePath:
            return .text(token)
        case .choice(let options):
            let names = options()
            switch NameMatcher.match(token, in: names, breakingTies: false) {
            case .unique(let index): return .text(names[index])
            case .ambiguous(let candidates):
                throw ShellError(
                    "'\(token)' is ambiguous: \(candidates.joined(separator: ", "))")
            case .none:
                let list = names.isEmpty ? "(none available)" : names.joined(separator: ", ")
                throw ShellError("'\(token)' is not one of: \(list)")
            }
        case .perKey:
            throw ShellError("a per-key value is read one token per key")
        case .constrained(let base, _, let check):
            let value = try base.parse(token)
            try check(value)
            return value
        }
    }

    /// A short description for help: `real in [0, 1]`, `yes/no`, `one of: wall, inlet`.
    public var summary: String {
        switch self {
        case .boolean: return "yes/no"
        case .integer(let range):
            guard let range else { return "integer" }
            return "integer in [\(range.lowerBound), \(range.upperBound)]"
        case .real(let range):
            guard let range else { return "real" }
            return "real in [\(SettingValue.format(range.lowerBound)), "
                + "\(SettingValue.format(range.upperBound))]"
        case .string: return "string"
        case .filePath: return "file path"
        case .choice(let options): return "one of: " + options().joined(separator: ", ")
        case .perKey(let keys, let element):
            return "\(element.summary) for each of: " + keys().joined(separator: ", ")
        case .constrained(_, let summary, _): return summary
        }
    }

    /// Enumerated values offered by Tab completion (choices and yes/no), empty otherwise.
    public var completions: [String] {
        switch self {
        case .boolean: return ["yes", "no"]
        case .choice(let options): return options()
        case .perKey(_, let element): return element.completions
        case .constrained(let base, _, _): return base.completions
        default: return []
        }
    }

    /// A real greater than zero (criteria, properties, temperatures in K, reference values).
    public static var positiveReal: ValueType {
        .constrained(
            .real(range: nil), summary: "real > 0",
            check: { value in
                if case .real(let real) = value, real <= 0 {
                    throw ShellError("\(SettingValue.format(real)) must be positive")
                }
            })
    }

    /// A real in the half-open interval (0, `upper`], e.g. an under-relaxation factor.
    public static func realAboveZero(atMost upper: Double) -> ValueType {
        .constrained(
            .real(range: nil), summary: "real in (0, \(SettingValue.format(upper))]",
            check: { value in
                if case .real(let real) = value, !(real > 0 && real <= upper) {
                    throw ShellError(
                        "\(SettingValue.format(real)) is outside (0, \(SettingValue.format(upper))]"
                    )
                }
            })
    }
}
