extension Array where Element == IterationSample {
    /// Every equation that appears in any iteration, in Fluent's order (`EquationOrder`).
    public var equations: [String] {
        var names: [String] = []
        for sample in self {
            for residual in sample.residuals where !names.contains(residual.equation) {
                names.append(residual.equation)
            }
        }
        return names.sorted(by: EquationOrder.precedes)
    }
}
