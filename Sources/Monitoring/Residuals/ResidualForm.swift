import FlowSolver

/// Which of Fluent's three residual forms is displayed and judged, from the
/// `normalize?` and `scale-residuals?` switches of `/solve/monitors/residual`.
///
/// Fluent's pressure-based default is scaled, not normalised. With `normalize? yes` the
/// normalised form is used whatever `scale-residuals?` says, since normalisation already makes the
/// residuals dimensionless (normalised residuals are derived from the scaled form).
public enum ResidualForm: String, Sendable, Equatable {
    /// Σ_P |cell imbalance|, in the units of the equation's source (`EquationResidual.unscaled`).
    case unscaled
    /// The unscaled sum over Σ_P |aP·φP|; dimensionless (`EquationResidual.scaled`).
    case scaled
    /// The scaled value over its largest in the first `n-maximize-norms` iterations;
    /// dimensionless (`EquationResidual.normalised`).
    case normalised

    /// The form selected by Fluent's two switches.
    public init(normalize: Bool, scale: Bool) {
        if normalize {
            self = .normalised
        } else {
            self = scale ? .scaled : .unscaled
        }
    }

    /// The value of `residual` in this form.
    public func value(of residual: EquationResidual) -> Double {
        switch self {
        case .unscaled: residual.unscaled
        case .scaled: residual.scaled
        case .normalised: residual.normalised
        }
    }
}
