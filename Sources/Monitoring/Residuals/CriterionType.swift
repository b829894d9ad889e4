/// How residual convergence is judged, as Fluent's `/solve/monitors/residual/criterion-type`.
public enum CriterionType: String, Sendable, CaseIterable, Equatable {
    /// An equation has converged when its displayed residual is below its absolute criterion
    /// (`convergence-criteria`).
    case absolute
    /// When its displayed residual divided by the displayed residual at the first iteration of
    /// the current `iterate` call is below its relative criterion (`relative-conv-criteria`).
    case relative
    /// When either the absolute or the relative test holds.
    case relativeOrAbsolute = "relative-or-absolute"
    /// Residuals never decide convergence (convergence conditions or the iteration limit do).
    case none
}
