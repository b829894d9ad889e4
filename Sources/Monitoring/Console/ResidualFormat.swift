import Foundation

/// Fluent's residual number format: `%.4e` (e.g. `1.2345e-03`), 10 characters for finite values.
public func formatResidual(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    return String(format: "%.4e", value)
}
