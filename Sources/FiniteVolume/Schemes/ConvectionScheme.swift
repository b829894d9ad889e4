/// Face interpolation of a convected quantity φ in Σ_f F_f·φ_f (F_f the face mass flux, kg/s).
///
/// Both schemes are implicit in first-order upwind; the second-order part enters as a deferred
/// correction in the source (Khosla & Rubin 1974), so the matrix stays an M-matrix.
public enum ConvectionScheme: String, Sendable, Equatable, Codable, CaseIterable {
    /// φ_f = φ_U, the upwind cell value (Fluent `first-order-upwind`).
    case firstOrderUpwind = "first-order-upwind"
    /// φ_f = φ_U + ∇φ_U·(x_f − x_U), clipped to the range of the two cells sharing the face
    /// (Fluent `second-order-upwind`; Barth & Jespersen 1989 style bounding).
    case secondOrderUpwind = "second-order-upwind"
}
