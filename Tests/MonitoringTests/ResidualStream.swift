import FlowSolver

/// Builds residual records for monitor tests: each equation's scaled residual follows the given
/// sequence (unscaled = 10 × scaled, normalised = scaled / first value).
struct ResidualStream {
    var scaled: [String: [Double]]
    var reports: [String: [Double]] = [:]

    var equations: [String] {
        ["continuity", "x-velocity", "y-velocity"].filter { scaled[$0] != nil }
    }

    func record(_ iteration: Int) -> IterationRecord {
        let residuals = equations.map { name -> EquationResidual in
            let series = scaled[name] ?? []
            let value = series[min(iteration - 1, series.count - 1)]
            return EquationResidual(
                equation: name, unscaled: 10 * value, scaled: value, normalised: value / series[0])
        }
        let reportValues = reports.keys.sorted().map { name -> ReportValue in
            let series = reports[name] ?? []
            return ReportValue(name: name, value: series[min(iteration - 1, series.count - 1)])
        }
        return IterationRecord(
            iteration: iteration, residuals: residuals, reports: reportValues, wallSeconds: 0.01)
    }

    /// A geometric decay from `start` by `factor` per iteration, `count` values.
    static func decay(from start: Double, factor: Double, count: Int) -> [Double] {
        (0..<count).map { start * pow(factor, Double($0)) }
    }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(exponent) { result *= base }
    return result
}
