import LinearSolvers

/// Linear-solver controls per equation family (Fluent `/solve/set/amg-options` and the
/// per-equation termination criterion).
public struct LinearSolverSettings: Sendable, Equatable, Codable {
    /// Momentum: sweeps or V-cycles until the residual falls by `tolerance` or `maxSweeps`.
    public var momentum = LinearSolverControls(tolerance: 0.05, maxSweeps: 5)
    /// Which solver the momentum equations use.
    public var momentumSolver: TransportSolver = .multigrid
    /// Which solver the pressure correction uses.
    public var pressureSolver: PressureSolver = .pcgMultigrid
    /// Pressure correction: PCG until the residual falls by `tolerance` or `maxSweeps`.
    public var pressure = LinearSolverControls(tolerance: 0.3, maxSweeps: 200)
    /// Energy: Gauss-Seidel.
    public var energy = LinearSolverControls(tolerance: 0.1, maxSweeps: 10)
    /// Turbulence (k, ω): Gauss-Seidel, which keeps a non-negative solution of an M-matrix
    /// with a non-negative source non-negative.
    public var turbulence = LinearSolverControls(tolerance: 0.1, maxSweeps: 20)

    /// Defaults tuned on the 129² lid-driven cavity (SIMPLEC): a loose pressure solve costs no
    /// outer iterations; an accurate momentum solve (multigrid) saves many.
    public init() {}
}
