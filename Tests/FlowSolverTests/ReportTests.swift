import FiniteVolume
import FlowSolver
import Foundation
import Testing

@Suite struct ReportTests {
    /// Fully developed channel, H = 0.1 m, L = 1 m, U = 0.05 m/s, μ = 1e-3, ρ = 1 (Re_H = 5).
    func channel() throws -> SteadyFlowSolver {
        let mesh = try Mesh.rectangle(
            nx: 20, ny: 21, lx: 1, ly: 0.1,
            patchNames: [.left: "inlet", .right: "outlet", .bottom: "wall", .top: "wall"])
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 1e-3)
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: 0.05, profile: .parabolic)),
            "outlet": .pressureOutlet(.init(gaugePressure: 0)),
            "wall": .wall(.init()),
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<2000 {
            if solver.iterate().residuals.allSatisfy({ $0.scaled < 1e-9 }) { break }
        }
        return solver
    }

    @Test func attachedReportsAreFilledInDefinitionOrderEveryIteration() throws {
        var solver = try channel()
        try solver.attach(reports: [
            ReportDefinition(name: "mass-in", quantity: .massFlowRate(patch: "inlet")),
            ReportDefinition(
                name: "u-in", quantity: .areaWeightedAverage(field: "x-velocity", patch: "inlet")),
            ReportDefinition(
                name: "u-centre",
                quantity: .pointValue(field: "x-velocity", point: Vector3(0.5, 0.05))),
        ])
        let record = solver.iterate()
        #expect(record.reports.map(\.name) == ["mass-in", "u-in", "u-centre"])
        // Inflow is negative (outward positive): −ρ·U·H.
        #expect(abs(record.reports[0].value + 0.05 * 0.1) < 1e-12)
        #expect(abs(record.reports[1].value - 0.05) < 1e-12)
        #expect(abs(record.reports[2].value / 0.075 - 1) < 0.005)
    }

    @Test func massWeightedAverageOfTheInletVelocityWeightsFastFacesMore() throws {
        // Σ u·|F| / Σ |F| of a parabola u = 6U·s(1 − s) is ∫u²/∫u = 1.2·U.
        let solver = try channel()
        let value = try solver.evaluate(.massWeightedAverage(field: "x-velocity", patch: "inlet"))
        #expect(abs(value / (1.2 * 0.05) - 1) < 0.005)
    }

    @Test func wallFrictionBalancesThePressureDropOfTheDevelopedChannel() throws {
        // Force of the fluid on both walls over L = 1: 2·τ_w·L = 12·μ·U·L/H = 6e-3 N/m.
        // The two-point wall gradient over half a cell (h/2 = H/42) carries a first-order
        // error of about h/(2H) ≈ 2.4 %, hence 3 %.
        let solver = try channel()
        let drag = try solver.evaluate(.force(patches: ["wall"], direction: Vector3(1, 0)))
        #expect(abs(drag / 6e-3 - 1) < 0.03)
        let coefficient = try solver.evaluate(
            .forceCoefficient(
                patches: ["wall"], direction: Vector3(2, 0), referenceDensity: 1,
                referenceVelocity: 0.05, referenceArea: 1))
        #expect(abs(coefficient - drag / (0.5 * 0.05 * 0.05)) < 1e-12)
    }

    @Test func reportsOnMissingPatchesFieldsOrNonWallsThrowNamedErrors() throws {
        var solver = try channel()
        #expect(
            throws: FieldLookupError.unknownPatch("lid", available: ["inlet", "outlet", "wall"])
        ) {
            try solver.evaluate(.massFlowRate(patch: "lid"))
        }
        #expect(throws: FieldLookupError.self) {
            try solver.evaluate(.areaWeightedAverage(field: "vorticity", patch: "inlet"))
        }
        #expect(throws: FieldLookupError.notAWall("outlet")) {
            try solver.evaluate(.force(patches: ["outlet"], direction: Vector3(1, 0)))
        }
        #expect(throws: FieldLookupError.pointOutsideMesh(x: 2, y: 0, z: 0)) {
            try solver.evaluate(.pointValue(field: "pressure", point: Vector3(2, 0)))
        }
        #expect(throws: FieldLookupError.self) {
            try solver.attach(reports: [
                ReportDefinition(name: "bad", quantity: .massFlowRate(patch: "nowhere"))
            ])
        }
        #expect(solver.reportDefinitions.isEmpty)
    }

    @Test func backwardFacingStepReattachesDownstreamOfTheStep() throws {
        // Step height S = 0.5 under a 0.5-high inlet channel; Re = U·S/ν = 50.
        var layout = BlockLayout(
            xEdges: [0, 1, 8], yEdges: [0, 0.5, 1], cellsX: [8, 56], cellsY: [8, 8])
        layout.isFluid = [false, true, true, true]
        layout.patchNames[BlockSide(column: 0, row: 1, side: .left)] = "inlet"
        layout.patchNames[BlockSide(column: 1, row: 0, side: .right)] = "outlet"
        layout.patchNames[BlockSide(column: 1, row: 1, side: .right)] = "outlet"
        layout.patchNames[BlockSide(column: 1, row: 0, side: .bottom)] = "floor"
        let mesh = try Mesh.blocks(layout)
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 0.01)
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: 1, profile: .parabolic)),
            "outlet": .pressureOutlet(.init()), "floor": .wall(.init()),
            "bottom": .wall(.init()), "left": .wall(.init()), "top": .wall(.init()),
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<3000 {
            if solver.iterate().residuals.allSatisfy({ $0.scaled < 1e-6 }) { break }
        }
        let reattachment = try solver.reattachmentPoint(patch: "floor")
        let shear = try solver.wallShearStress(patch: "floor").map {
            (x: $0.centre.x, stress: $0.stress.x)
        }
        #expect(reattachment > 1.5 && reattachment < 7)
        // Recirculating (negative shear) just behind the step, attached far downstream.
        #expect(
            shear.filter { $0.x > 1.2 && $0.x < reattachment - 0.2 }.allSatisfy { $0.stress < 0 })
        #expect(shear.filter { $0.x > reattachment + 0.2 }.allSatisfy { $0.stress > 0 })
        #expect(abs(try solver.massFlowRate(patch: "outlet") - 0.5) < 1e-6)
    }
}
