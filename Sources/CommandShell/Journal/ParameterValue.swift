/// The value of a journal parameter: a number (usable in arithmetic) or text (file names,
/// boundary names), as declared or as given by `--set NAME=VALUE`.
public enum ParameterValue: Equatable, Sendable, CustomStringConvertible {
    /// A finite number, usable in a journal's arithmetic.
    case number(Double)
    /// Anything that does not read as a finite number.
    case text(String)

    /// Reads `text` as a number when it is one (`400`, `1e-3`), as text otherwise.
    public init(reading text: String) {
        if let number = Double(text), number.isFinite {
            self = .number(number)
        } else {
            self = .text(text)
        }
    }

    /// The value as substituted into a journal line: numbers in shortest round-trip form without
    /// a trailing `.0` (`400`, `0.0025`), text as is.
    public var description: String {
        switch self {
        case .number(let number): SettingValue.format(number)
        case .text(let text): text
        }
    }

    /// Whether `text` reads as a number that is not finite (`nan`, `inf`, `-infinity`): never
    /// a value a case can use, and refused where it is given rather than taken for a word.
    public static func isNonFiniteNumber(_ text: String) -> Bool {
        Double(text).map { !$0.isFinite } ?? false
    }
}
