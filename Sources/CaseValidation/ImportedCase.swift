import FiniteVolume
import FlowSolver
import MeshImport

/// A steady case on a Gmsh mesh file: read by `GmshReader`, boundary conditions given by zone
/// name, SIMPLEC (α_p = 1, α_u = 0.9, Fluent's other defaults: least-squares gradients,
/// second-order upwind momentum), fluid ρ = 1 kg/m³, μ = 1e-3 Pa·s (Schäfer & Turek's).
public struct ImportedCase {
    /// The solver, at its last iterate.
    public private(set) var solver: SteadyFlowSolver
    /// Iterations run.
    public private(set) var iterations = 0
    /// Whether every scaled residual reached the target of the last `solve`.
    public private(set) var converged = false

    /// The case on the mesh at `path` with `conditions` on its boundary zones (each named).
    ///
    /// - Throws: `MeshImportError` for an unreadable file, `MeshError` for a bad mesh,
    ///   `SetupError` for a zone without a condition or a condition on no zone.
    public init(path: String, conditions: [String: BoundaryCondition]) throws {
        let imported = try GmshReader.read(path: path)
        let mesh = try Mesh(description: imported.mesh)
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 1e-3)
        setup.boundaryConditions = conditions
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
    }

    /// Iterates until every scaled residual is below `target` or `limit` iterations have run.
    public mutating func solve(target: Double, limit: Int) {
        while iterations < limit && !converged {
            converged = solver.iterate().residuals.allSatisfy { $0.scaled < target }
            iterations += 1
        }
    }

    /// x where `field`, sampled at `count` points from `start` to `end`, first turns from
    /// negative to non-negative, linearly interpolated between the samples; nil if it never does.
    public func firstZeroCrossing(
        of field: String, from start: Vector3, to end: Vector3, count: Int
    ) throws -> Double? {
        let points = SteadyFlowSolver.linePoints(from: start, to: end, count: count)
        let values = try solver.sample(field, at: points)
        for k in 1..<count where values[k - 1] < 0 && values[k] >= 0 {
            let t = values[k - 1] / (values[k - 1] - values[k])
            return points[k - 1].x + t * (points[k].x - points[k - 1].x)
        }
        return nil
    }
}
