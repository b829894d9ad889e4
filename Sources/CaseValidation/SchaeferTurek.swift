import FiniteVolume
import FlowSolver

/// Schäfer & Turek (1996) steady flow round a cylinder at Re = 20 on the shipped meshes
/// (`cases/meshes/schaefer-turek*.msh`): parabolic velocity inlet of mean speed U = 0.2 m/s,
/// pressure outlet at 0 Pa, no-slip channel walls (`walls`) and cylinder (`cylinder`), ρ = 1,
/// μ = 1e-3, cylinder diameter D = 0.1 m, channel height H = 0.41 m.
public enum SchaeferTurek {
    /// Mean inlet speed U, m/s: 2/3 of 2D-1's Um = 0.3 and 4/9 of 3D-1Z's Um = 0.45.
    public static let meanSpeed = 0.2
    /// Cylinder diameter D, m.
    public static let diameter = 0.1
    /// Channel height (and 3-D width) H, m.
    public static let height = 0.41

    /// The conditions on the four zones of every shipped cylinder mesh. `InletProfile.parabolic`
    /// of mean U is the benchmark's inflow: 2-D u = 4·Um·y·(H − y)/H² (Um = 1.5·U), 3-D
    /// u = 16·Um·y·z·(H − y)·(H − z)/H⁴ (Um = 9/4·U).
    public static var conditions: [String: BoundaryCondition] {
        [
            "inlet": .velocityInlet(.init(meanSpeed: meanSpeed, profile: .parabolic)),
            "outlet": .pressureOutlet(.init()), "walls": .wall(.init()),
            "cylinder": .wall(.init()),
        ]
    }

    /// 2D-1 on `schaefer-turek-2d-level<level>.msh` in `folder`, iterated to scaled residuals
    /// `target`: c = 2·F/(ρ·U²·D) per unit depth, Δp = p(0.15, 0.2) − p(0.25, 0.2),
    /// L_a = x_r − 0.25 with x_r where u on y = 0.2 turns positive behind the cylinder.
    public static func twoD(folder: String, level: Int, target: Double = 1e-7, limit: Int = 5000)
        throws -> CylinderFigures
    {
        var run = try ImportedCase(
            path: folder + "/schaefer-turek-2d-level\(level).msh", conditions: conditions)
        run.solve(target: target, limit: limit)
        let p = try run.solver.sample(
            "pressure", at: [Vector3(0.15, 0.2, 0), Vector3(0.25, 0.2, 0)])
        let end = try run.firstZeroCrossing(
            of: "x-velocity", from: Vector3(0.2501, 0.2, 0), to: Vector3(0.5, 0.2, 0),
            count: 2500)
        return try figures(
            run, area: diameter, pressureDifference: p[0] - p[1],
            recirculationLength: end.map { $0 - 0.25 })
    }

    /// 3D-1Z on `file` in `folder`: c = 2·F/(ρ·U²·D·H),
    /// Δp = p(0.45, 0.2, 0.205) − p(0.55, 0.2, 0.205).
    public static func threeD(
        folder: String, file: String, target: Double = 1e-6, limit: Int = 3000
    ) throws -> CylinderFigures {
        var run = try ImportedCase(path: folder + "/" + file, conditions: conditions)
        run.solve(target: target, limit: limit)
        let p = try run.solver.sample(
            "pressure", at: [Vector3(0.45, 0.2, 0.205), Vector3(0.55, 0.2, 0.205)])
        return try figures(
            run, area: diameter * height, pressureDifference: p[0] - p[1],
            recirculationLength: nil)
    }

    /// The figures of a solved run, forces from `wallForce` (pressure plus viscous) on
    /// `cylinder` over ½·ρ·U²·`area`.
    static func figures(
        _ run: ImportedCase, area: Double, pressureDifference: Double,
        recirculationLength: Double?
    ) throws -> CylinderFigures {
        let coefficient = { (direction: Vector3) in
            try run.solver.evaluate(
                .forceCoefficient(
                    patches: ["cylinder"], direction: direction, referenceDensity: 1,
                    referenceVelocity: meanSpeed, referenceArea: area))
        }
        return CylinderFigures(
            drag: try coefficient(Vector3(1, 0, 0)), lift: try coefficient(Vector3(0, 1, 0)),
            pressureDifference: pressureDifference, recirculationLength: recirculationLength,
            cells: run.solver.mesh.nCells, iterations: run.iterations, converged: run.converged)
    }
}
