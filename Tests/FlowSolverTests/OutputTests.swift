import FiniteVolume
import FlowSolver
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct OutputTests {
    /// Uniform channel flow at rest-frame values u = 2, v = 0, p = 0 (an exact solution).
    func uniformChannel() throws -> SteadyFlowSolver {
        let mesh = try Mesh.rectangle(nx: 6, ny: 3, lx: 3, ly: 1)
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 0.01)
        setup.boundaryConditions = [
            "left": .velocityInlet(.init(meanSpeed: 2)), "right": .pressureOutlet(.init()),
            "bottom": .symmetry, "top": .symmetry,
        ]
        setup.initialValues.xVelocity = 2
        return try SteadyFlowSolver(mesh: mesh, setup: setup)
    }

    @Test func lineProfileCSVHasHeaderAndOneRowPerPoint() throws {
        let solver = try uniformChannel()
        let csv = try solver.lineProfileCSV(
            "x-velocity", from: Vector3(0, 0.5), to: Vector3(3, 0.5), count: 4)
        let rows = csv.split(separator: "\n")
        #expect(rows.first == "x,y,x-velocity")
        #expect(rows.count == 5)
        #expect(rows[2] == "1.0,0.5,2.0")
    }

    @Test func samplingReproducesAUniformFieldAnywhereInTheDomain() throws {
        let solver = try uniformChannel()
        let values = try solver.sample(
            "x-velocity", at: [Vector3(1.3, 0.4), Vector3(2.9, 0.9), Vector3(0, 0)])
        #expect(values.allSatisfy { abs($0 - 2) < 1e-12 })
    }

    @Test func pointsOnTheBoundaryTakeTheBoundaryValueNotAnExtrapolation() throws {
        let mesh = try Mesh.rectangle(nx: 8, ny: 8, lx: 1, ly: 1)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: CavityBenchmark.setup(reynolds: 100))
        for _ in 0..<20 { _ = solver.iterate() }
        let u = try solver.sample(
            "x-velocity",
            at: [
                Vector3(0.5, 1), Vector3(0.3, 1), Vector3(0.5, 0), Vector3(0, 0.4),
                Vector3(1, 0.4), Vector3(0, 1), Vector3(0.5, 0.97),
            ])
        // The lid moves at 1 m/s, every other wall is at rest.
        #expect(Array(u[0..<5]) == [1, 1, 0, 0, 0])
        #expect(u[5] == 0.5)  // the lid's corner: the mean of lid and side wall
        // Just inside, the cell reconstruction, below the lid speed.
        #expect(u[6] > 0 && u[6] < 1)
    }

    @Test func vtuIsWellFormedXMLWithOneQuadAndOneValuePerCell() throws {
        let solver = try uniformChannel()
        let text = solver.vtkUnstructuredGrid()
        let document = try XMLDocument(xmlString: text)
        let piece = try #require(try document.nodes(forXPath: "//Piece").first as? XMLElement)
        #expect(piece.attribute(forName: "NumberOfCells")?.stringValue == "18")
        #expect(piece.attribute(forName: "NumberOfPoints")?.stringValue == "28")
        let arrays = try document.nodes(forXPath: "//CellData/DataArray")
        let names = arrays.compactMap {
            ($0 as? XMLElement)?.attribute(forName: "Name")?.stringValue
        }
        #expect(names == ["pressure", "velocity"])
        let types = try #require(
            try document.nodes(forXPath: "//DataArray[@Name='types']").first?.stringValue)
        #expect(types.split(whereSeparator: \.isWhitespace).allSatisfy { $0 == "9" })
        let velocity = try #require(arrays.last?.stringValue)
        let numbers = velocity.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        #expect(numbers.count == 18 * 3)
        // Cell 0's quad runs counter-clockwise through points 0, 1, 8, 7 (7 points per row).
        let connectivity = try #require(
            try document.nodes(forXPath: "//DataArray[@Name='connectivity']").first?.stringValue)
        #expect(
            connectivity.split(separator: "\n").first { !$0.isEmpty }?.split(separator: " ") == [
                "0", "1", "8", "7",
            ])
    }
}
