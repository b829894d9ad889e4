/// Linear solver for a transport equation (momentum, energy).
public enum TransportSolver: String, Sendable, Equatable, Codable, CaseIterable {
    /// Symmetric Gauss-Seidel sweeps.
    case gaussSeidel = "gauss-seidel"
    /// Algebraic-multigrid V-cycles with Gauss-Seidel smoothing.
    case multigrid = "amg"
}
