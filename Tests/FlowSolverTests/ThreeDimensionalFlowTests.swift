import FiniteVolume
import FlowSolver
import Foundation
import MeshTestSupport
import Testing

/// The solver on 3-D and unstructured meshes: the equation list, the fused momentum kernel
/// against its reference, boundary conditions on arbitrary patches, and an exact solution.
@Suite struct ThreeDimensionalFlowTests {
    static let size = Vector3(2, 1, 1)

    /// A channel along x with an inlet at x = 0 and an outlet at x = 2; the other sides walls
    /// (`bottom`, `top`, the lid moving in z) and symmetry (`back`, `front`).
    static func channelSetup() -> CaseSetup {
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 0.05)
        setup.fluid.thermalExpansionCoefficient = 0.01
        setup.energyEnabled = true
        setup.operating.gravity = Vector3(0.3, -9.81, 0.5)
        setup.boundaryConditions = [
            "left": .velocityInlet(.init(meanSpeed: 1, profile: .parabolic, temperature: 320)),
            "right": .pressureOutlet(.init()),
            "bottom": .wall(.init(thermal: .heatFlux(50))),
            "top": .wall(.init(velocity: Vector3(0, 0, 0.3))),
            "back": .symmetry, "front": .symmetry,
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.8)
        return setup
    }

    static func zone(_ x: Vector3) -> String {
        if abs(x.x) < 1e-12 { return "left" }
        if abs(x.x - size.x) < 1e-12 { return "right" }
        if abs(x.y) < 1e-12 { return "bottom" }
        if abs(x.y - size.y) < 1e-12 { return "top" }
        return abs(x.z) < 1e-12 ? "back" : "front"
    }

    static func meshes() throws -> [Mesh] {
        let box = try Mesh.box(nx: 6, ny: 4, nz: 3, lx: 2, ly: 1, lz: 1, gradingY: 2)
        let perturbed = try Mesh(
            description: box.meshDescription.perturbed(fraction: 0.2, spacing: 0.25, size: size))
        let tetrahedra = try Mesh(
            description: CellMeshBuilder.tetrahedralBox(n: 3, size: size).description(
                zone: zone))
        return [box, perturbed, tetrahedra]
    }

    @Test func threeDimensionalMeshesSolveAZMomentumEquationAndPublishItsResidual() throws {
        let mesh = try Mesh.box(nx: 3, ny: 3, nz: 3, lx: 2, ly: 1, lz: 1)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: Self.channelSetup())
        #expect(solver.velocity.count == 3)
        let record = solver.iterate()
        #expect(
            record.residuals.map(\.equation) == [
                "continuity", "x-velocity", "y-velocity", "z-velocity", "energy",
            ])
        #expect(
            SteadyFlowSolver.equations(for: Self.channelSetup(), dimension: 2).map(\.rawValue)
                == ["continuity", "x-velocity", "y-velocity", "energy"])
        #expect(solver.lastLinearSolves["z-velocity"] != nil)
    }

    @Test func lineProfilesAndPointValuesUseAllThreeCoordinates() throws {
        let mesh = try Mesh.box(nx: 4, ny: 4, nz: 4, lx: 1, ly: 1, lz: 1)
        var solver = try SteadyFlowSolver(
            mesh: mesh, setup: CavityBenchmark.setup(reynolds: 100, dimension: 3))
        for _ in 0..<3 { _ = solver.iterate() }
        let csv = try solver.lineProfileCSV(
            "x-velocity", from: Vector3(0.5, 0, 0.5), to: Vector3(0.5, 1, 0.5), count: 5)
        let rows = csv.split(separator: "\n")
        #expect(rows.first == "x,y,z,x-velocity")
        #expect(rows.count == 6)
        // The lid (y = 1) moves at 1 m/s along x; the bottom wall is at rest.
        #expect(rows.last == "0.5,1.0,0.5,1.0" && rows[1] == "0.5,0.0,0.5,0.0")
        #expect(throws: FieldLookupError.pointOutsideMesh(x: 0.5, y: 0.5, z: 1.5)) {
            try solver.sample("pressure", at: [Vector3(0.5, 0.5, 1.5)])
        }
        #expect(try solver.scalarField(named: "z-velocity").name == "z-velocity")
    }

    @Test(arguments: [0, 1, 2], ConvectionScheme.allCases)
    func fusedMomentumKernelMatchesTheOperatorCompositionIn3D(
        _ kind: Int, _ scheme: ConvectionScheme
    ) throws {
        let mesh = try Self.meshes()[kind]
        var setup = Self.channelSetup()
        setup.schemes.momentum = scheme
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<4 { _ = solver.iterate() }
        let fast = solver.momentumEquations()
        let reference = solver.momentumEquationsReference()
        #expect(fast.count == 3)
        for (a, b) in zip(fast, reference) { #expect(a.largestRelativeDifference(to: b) < 1e-13) }
    }

    @Test func parabolicInletAcrossARectangleCarriesTheMeanSpeedTimesItsArea() throws {
        // Inlet 1 × 1 on x = 0, mean 1 m/s: the face speeds are the exact face means of
        // 36·s(1 − s)·t(1 − t), so the patch carries ρ·U·A = 1 kg/s.
        let mesh = try Mesh.box(
            nx: 2, ny: 5, nz: 4, lx: 2, ly: 1, lz: 1, gradingY: 3, gradingZ: 0.5)
        let solver = try SteadyFlowSolver(mesh: mesh, setup: Self.channelSetup())
        #expect(abs(try solver.massFlowRate(patch: "left") + 1) < 1e-13)
        // The largest face speed is below the peak 36/16 = 2.25 and near the centre.
        let inlet = try #require(mesh.patch(named: "left"))
        let speeds = inlet.faces.map { solver.velocity[0].boundaryValue(face: $0, on: mesh) }
        #expect((speeds.max() ?? 0) < 2.25 && (speeds.max() ?? 0) > 1.5)
        #expect(speeds.allSatisfy { $0 > 0 })
    }

    /// Uniform flow at 1.3 m/s along a channel turned by 30° about z (2-D) or about the
    /// axis (1, 1, 1) (3-D), between symmetry planes that are not normal to any axis: the
    /// uniform field satisfies every discrete equation, so a first iteration started from it
    /// leaves residuals at round-off.
    @Test(arguments: [2, 3])
    func uniformFlowBetweenObliqueSymmetryPlanesIsAnExactSolution(_ dimension: Int) throws {
        let box =
            dimension == 2
            ? try Mesh.rectangle(nx: 6, ny: 3, lx: 3, ly: 1)
            : try Mesh.box(nx: 5, ny: 3, nz: 3, lx: 3, ly: 1, lz: 1)
        var description = box.meshDescription
        let axis = dimension == 2 ? Vector3(0, 0, 1) : (1 / 3.0.squareRoot()) * Vector3(1, 1, 1)
        let angle = Double.pi / 6
        let rotate = { (x: Vector3) -> Vector3 in
            // Rodrigues: x cos θ + (a × x) sin θ + a (a·x)(1 − cos θ).
            cos(angle) * x + sin(angle) * axis.cross(x) + ((1 - cos(angle)) * axis.dot(x)) * axis
        }
        description.points = description.points.map(rotate)
        let mesh = try Mesh(description: description)
        let flow = 1.3 * rotate(Vector3(1, 0, 0))
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1.2, viscosity: 0.01)
        setup.boundaryConditions = Dictionary(
            uniqueKeysWithValues: mesh.patches.map { ($0.name, BoundaryCondition.symmetry) })
        setup.boundaryConditions["left"] = .velocityInlet(.init(meanSpeed: 1.3))
        setup.boundaryConditions["right"] = .pressureOutlet(.init())
        setup.initialValues.xVelocity = flow.x
        setup.initialValues.yVelocity = flow.y
        setup.initialValues.zVelocity = dimension == 3 ? flow.z : 0
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        let record = solver.iterate()
        #expect(record.residuals[0].unscaled < 1e-12)
        for residual in record.residuals.dropFirst() { #expect(residual.scaled < 1e-12) }
        for c in 0..<dimension {
            #expect(solver.velocity[c].values.allSatisfy { abs($0 - flow[c]) < 1e-11 })
        }
    }
}
