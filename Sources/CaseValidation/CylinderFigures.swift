/// What a Schäfer-Turek run gives: the benchmark's quantities and how the run went.
public struct CylinderFigures: Sendable {
    /// Drag coefficient c_D (force along x, pressure plus viscous).
    public var drag: Double
    /// Lift coefficient c_L (force along y).
    public var lift: Double
    /// Δp between the cylinder's front and rear points, Pa.
    public var pressureDifference: Double
    /// Recirculation length L_a behind the cylinder, m (2-D only; nil in 3-D or if none).
    public var recirculationLength: Double?
    /// Cells of the mesh.
    public var cells: Int
    /// Iterations run.
    public var iterations: Int
    /// Whether the residual target was reached.
    public var converged: Bool
}
