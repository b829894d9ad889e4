import FiniteVolume
import FlowSolver

/// Hagen–Poiseuille flow in the shipped pipe (`cases/meshes/pipe.msh`: D = 0.1 m, length
/// 2 m = 20·D along x, zones `inlet`, `outlet`, `wall`): uniform inlet of mean speed
/// U = 0.2 m/s, pressure outlet at 0, no-slip wall, ρ = 1, μ = 1e-3, so Re = ρ·U·D/μ = 20 and
/// the entrance length is about 0.06·Re·D = 1.2·D. Fully developed, f = (−dp/dx)·D/(½·ρ·U²)
/// with f·Re = 64, and u_max = 2·U on the axis.
public enum PipeFlow {
    /// Mean inlet speed U, m/s.
    public static let meanSpeed = 0.2
    /// Pipe diameter D, m.
    public static let diameter = 0.1

    /// The conditions on the pipe's three zones: uniform inlet of mean speed U, pressure
    /// outlet at 0, no-slip wall.
    public static var conditions: [String: BoundaryCondition] {
        [
            "inlet": .velocityInlet(.init(meanSpeed: meanSpeed)),
            "outlet": .pressureOutlet(.init()), "wall": .wall(.init()),
        ]
    }

    /// f·Re from the axis pressures at x = 0.8 and 1.6 m (8·D and 16·D), and u_max/U at
    /// x = 1.6 m, with the run's cells, iterations and convergence.
    public static func solve(folder: String, target: Double = 1e-6, limit: Int = 3000) throws
        -> PipeFigures
    {
        var run = try ImportedCase(path: folder + "/pipe.msh", conditions: conditions)
        run.solve(target: target, limit: limit)
        let p = try run.solver.sample("pressure", at: [Vector3(0.8, 0, 0), Vector3(1.6, 0, 0)])
        let friction = (p[0] - p[1]) / 0.8 * diameter / (0.5 * meanSpeed * meanSpeed)
        let reynolds = meanSpeed * diameter / 1e-3
        let peak = try run.solver.sample("x-velocity", at: [Vector3(1.6, 0, 0)])[0]
        return PipeFigures(
            frictionReynolds: friction * reynolds, peakOverMean: peak / meanSpeed,
            cells: run.solver.mesh.nCells, iterations: run.iterations, converged: run.converged)
    }
}
