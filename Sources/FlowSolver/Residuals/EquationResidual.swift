/// One equation's residual at one iteration, in Fluent's three forms.
///
/// For a transport equation discretised as `aP·φP = Σ aN·φN + b` over cells P:
/// - `unscaled`   R = Σ_P |Σ aN·φN + b − aP·φP|   (units of the equation's source, e.g. N for
///                momentum in 2-D per unit depth, W for energy)
/// - `scaled`     R / Σ_P |aP·φP|   (dimensionless)
/// - `normalised` the scaled value divided by its largest value over the first
///                `n-maximize-norms` iterations (Fluent default 5), so every equation starts
///                near 1.
///
/// Continuity is the exception, as in Fluent: `unscaled` is Σ_P |ṁ imbalance of cell P| (kg/s),
/// and both `scaled` and `normalised` divide it by its largest value over the first
/// `n-maximize-norms` iterations.
public struct EquationResidual: Sendable, Equatable {
    /// Fluent's equation name as shown in the residual table: `continuity`, `x-velocity`,
    /// `y-velocity`, `energy`, `k`, `epsilon`.
    public var equation: String
    /// Σ_P |Σ aN·φN + b − aP·φP|, in the units of the equation's source (kg/s for continuity).
    public var unscaled: Double
    /// The unscaled sum divided by Σ_P |aP·φP| (continuity: by its largest value over the first
    /// `n-maximize-norms` iterations); dimensionless.
    public var scaled: Double
    /// The scaled value divided by its largest over the first `n-maximize-norms` iterations;
    /// dimensionless, near 1 at the start.
    public var normalised: Double

    /// A residual from its three forms, as computed by the equation's assembly.
    public init(equation: String, unscaled: Double, scaled: Double, normalised: Double) {
        self.equation = equation
        self.unscaled = unscaled
        self.scaled = scaled
        self.normalised = normalised
    }
}
