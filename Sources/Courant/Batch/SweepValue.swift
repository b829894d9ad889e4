import Foundation

/// Values of a sweep dimension: a list of words, or a numeric range `start:stop:step`.
public enum SweepValue {
    /// The values of the inclusive range `start:stop:step` (step > 0, start ≤ stop).
    ///
    /// Value i is `start + i·step` (multiplied, not accumulated, so 0.1:0.5:0.1 does not drift),
    /// for i = 0 ... ⌊(stop − start)/step + 1e-9⌋; the small allowance keeps a stop that is
    /// reached up to rounding. Returns nil when the text is not a range; throws a message when
    /// it is a range that is malformed or empty.
    public static func range(_ text: String) throws(SweepValueError) -> [String]? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 { return nil }
        guard parts.count == 3 else { throw .malformedRange(text) }
        guard let start = Double(parts[0]), let stop = Double(parts[1]),
            let step = Double(parts[2]),
            start.isFinite, stop.isFinite, step.isFinite
        else { throw .malformedRange(text) }
        guard step > 0 else { throw .nonPositiveStep(text) }
        guard start <= stop else { throw .emptyRange(text) }
        let count = Int(((stop - start) / step + 1e-9).rounded(.down)) + 1
        guard count <= 100_000 else { throw .tooManyValues(text, count) }
        return (0..<count).map { format(start + Double($0) * step) }
    }

    /// A generated number as text: integers without a decimal point (`400`), others with at
    /// most 12 significant digits so rounding noise disappears (`0.3`, not `0.30000000000000004`).
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = Double(String(format: "%.12g", value)) ?? value
        return "\(rounded)"
    }
}
