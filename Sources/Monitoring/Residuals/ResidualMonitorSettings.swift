/// The state of `/solve/monitors/residual`: one `EquationMonitor` per equation the solver solves,
/// plus the switches that apply to all of them.
///
/// The equation list is data: when models are switched on or off the solver's equation list changes
/// and `synchronise(with:)` adds monitors with Fluent's defaults for new equations, keeping the
/// settings of equations that stay.
public struct ResidualMonitorSettings: Sendable, Equatable {
    /// In the solver's equation order (continuity first).
    public private(set) var monitors: [EquationMonitor]
    /// `criterion-type`: how the criteria are applied (Fluent default `absolute`).
    public var criterionType: CriterionType = .absolute
    /// `normalize?`: display and judge normalised residuals (Fluent default `no`).
    public var normalize: Bool = false
    /// `scale-residuals?`: display and judge scaled residuals (Fluent default `yes`).
    public var scale: Bool = true
    /// `n-maximize-norms`: iterations over which the normalisation factors are maximised.
    public var nMaximizeNorms: Int = 5
    /// A displayed residual above this factor times its smallest value so far (after the first
    /// `nMaximizeNorms` iterations) is taken as divergence. Courant's extension; Fluent has none.
    public var divergenceFactor: Double = 1e6

    /// Monitors with Fluent's defaults for `equations`, given in the solver's order (continuity
    /// first).
    public init(equations: [String]) {
        monitors = equations.map { EquationMonitor(equation: $0) }
    }

    /// The residual form displayed in the console and judged by the criteria.
    public var form: ResidualForm { ResidualForm(normalize: normalize, scale: scale) }

    /// Equation names, in order.
    public var equations: [String] { monitors.map(\.equation) }

    /// Follows a change of the solver's equation list: new equations get Fluent's defaults,
    /// remaining ones keep their settings, removed ones are dropped.
    public mutating func synchronise(with equations: [String]) {
        let existing = Dictionary(
            monitors.map { ($0.equation, $0) }, uniquingKeysWith: { a, _ in a })
        monitors = equations.map { existing[$0] ?? EquationMonitor(equation: $0) }
    }

    /// The monitor of `equation`, or nil if the solver does not solve it.
    public subscript(equation: String) -> EquationMonitor? {
        get { monitors.first { $0.equation == equation } }
        set {
            guard let newValue, let index = monitors.firstIndex(where: { $0.equation == equation })
            else { return }
            monitors[index] = newValue
        }
    }
}
