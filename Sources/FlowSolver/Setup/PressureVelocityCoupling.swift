/// Pressure-velocity coupling scheme (Fluent `/solve/set/p-v-coupling`).
public enum PressureVelocityCoupling: String, Sendable, Equatable, Codable, CaseIterable {
    /// Patankar & Spalding (1972): pressure correction with d = V/aP; needs pressure relaxation
    /// (Fluent default 0.3).
    case simple = "SIMPLE"
    /// Van Doormaal & Raithby (1984): d = V/(aP − Σ aN), which makes pressure relaxation close to
    /// 1 stable and converges in fewer iterations.
    case simplec = "SIMPLEC"
}
