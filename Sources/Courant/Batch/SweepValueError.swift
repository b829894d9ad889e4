/// Why a `start:stop:step` range has no values.
public enum SweepValueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Not three numbers separated by colons.
    case malformedRange(String)
    /// Step zero or negative.
    case nonPositiveStep(String)
    /// Start beyond stop.
    case emptyRange(String)
    /// A range so long it is surely a typo.
    case tooManyValues(String, Int)

    /// The message after `FILE:LINE:`.
    public var description: String {
        switch self {
        case .malformedRange(let text):
            "range '\(text)' is not start:stop:step with three numbers"
        case .nonPositiveStep(let text):
            "range '\(text)' is empty: its step must be positive"
        case .emptyRange(let text):
            "range '\(text)' is empty: start is greater than stop"
        case .tooManyValues(let text, let count):
            "range '\(text)' has \(count) values (at most 100000)"
        }
    }
}
