/// One equation's residual at one iteration, in Fluent's three forms (see the solver's
/// `EquationResidual`): `unscaled` in the equation's source units, `scaled` and `normalised`
/// dimensionless. Non-finite values are kept (NaN reads back as NaN, ±inf as ±inf).
public struct ResidualSample: Sendable, Equatable, Codable {
    /// Fluent's equation name: `continuity`, `x-velocity`, `y-velocity`, `energy`, `k`, ...
    public var equation: String
    /// Σ_P |Σ aN·φN + b − aP·φP| (continuity: Σ_P |mass imbalance|, kg/s).
    public var unscaled: Double
    /// The unscaled residual divided by Σ_P |aP·φP| (continuity: by its early maximum).
    public var scaled: Double
    /// The scaled residual divided by its largest value over the first `n-maximize-norms`
    /// iterations.
    public var normalised: Double

    /// A sample from its four parts.
    public init(equation: String, unscaled: Double, scaled: Double, normalised: Double) {
        self.equation = equation
        self.unscaled = unscaled
        self.scaled = scaled
        self.normalised = normalised
    }
}
