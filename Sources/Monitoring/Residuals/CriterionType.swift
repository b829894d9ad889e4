/// How residual convergence is judged, as Fluent's `/solve/monitors/residual/criterion-type`.
///
/// - `absolute`: an equation has converged when its displayed residual is below its absolute
///   criterion (`convergence-criteria`).
/// - `relative`: when its displayed residual divided by the displayed residual at the first iteration
///   of the current `iterate` call is below its relative criterion (`relative-conv-criteria`).
/// - `relativeOrAbsolute`: when either holds.
/// - `none`: residuals never decide convergence (reports or the iteration limit do).
public enum CriterionType: String, Sendable, CaseIterable, Equatable {
    case absolute
    case relative
    case relativeOrAbsolute = "relative-or-absolute"
    case none
}
