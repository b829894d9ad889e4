/// Linear solver for the pressure-correction equation.
public enum PressureSolver: String, Sendable, Equatable, Codable, CaseIterable {
    /// Conjugate gradients with diagonal incomplete Cholesky.
    case pcgDIC = "pcg-dic"
    /// Conjugate gradients preconditioned by one additive-correction multigrid V-cycle
    /// (fewer iterations on large meshes).
    case pcgMultigrid = "pcg-amg"
}
