/// What the pipe run gives: Hagen–Poiseuille's two figures and how the run went.
public struct PipeFigures: Sendable {
    /// f·Re in the fully developed part (exact 64).
    public var frictionReynolds: Double
    /// u_max/U on the axis (exact 2).
    public var peakOverMean: Double
    /// Cells of the mesh.
    public var cells: Int
    /// Iterations run.
    public var iterations: Int
    /// Whether the residual target was reached.
    public var converged: Bool
}
