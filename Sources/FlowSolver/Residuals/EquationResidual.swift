/// One equation's residual at one iteration, in Fluent's three forms.
///
/// For a transport equation discretised as `aP·φP = Σ aN·φN + b` over cells P:
/// - `unscaled`   R = Σ_P |Σ aN·φN + b − aP·φP|   (units of the equation's source, e.g. N for
///                momentum in 2-D per unit depth, W for energy)
/// - `scaled`     R / Σ_P |aP·φP|   (dimensionless)
/// - `normalised` the scaled value divided by its largest value over the first
///                `n-maximize-norms` iterations (Fluent default 5), so every equation starts near 1.
///
/// Continuity is the exception, as in Fluent: `unscaled` is Σ_P |ṁ imbalance of cell P| (kg/s),
/// and both `scaled` and `normalised` divide it by its largest value over the first
/// `n-maximize-norms` iterations.
public struct EquationResidual: Sendable, Equatable {
    /// Fluent's equation name as shown in the residual table: `continuity`, `x-velocity`,
    /// `y-velocity`, `energy`, `k`, `epsilon`.
    public var equation: String
    public var unscaled: Double
    public var scaled: Double
    public var normalised: Double

    public init(equation: String, unscaled: Double, scaled: Double, normalised: Double) {
        self.equation = equation
        self.unscaled = unscaled
        self.scaled = scaled
        self.normalised = normalised
    }
}
