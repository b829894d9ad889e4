import FiniteVolume
import FlowSolver
import Foundation
import MeshTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `.vtu` output of a polyhedral mesh: well-formed XML with one VTK_POLYHEDRON per cell, and
/// read back by ParaView (`pvpython`, Debian `paraview`) when it is installed.
@Suite struct PolyhedralVTKTests {
    /// A solved mixed mesh: tetrahedra in a 2 × 1 × 1 box, a few iterations of channel flow.
    static func solver() throws -> SteadyFlowSolver {
        let size = Vector3(2, 1, 1)
        let mesh = try Mesh(
            description: CellMeshBuilder.tetrahedralBox(n: 2, size: size).description {
                $0.x < 1e-12 ? "inlet" : ($0.x > size.x - 1e-12 ? "outlet" : "wall")
            })
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 0.1)
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: 1)), "outlet": .pressureOutlet(.init()),
            "wall": .wall(.init()),
        ]
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<5 { _ = solver.iterate() }
        return solver
    }

    @Test func vtuOfATetrahedralMeshListsEachCellsFacesAsAPolyhedron() throws {
        let solver = try Self.solver()
        let mesh = solver.mesh
        let document = try XMLDocument(xmlString: solver.vtkUnstructuredGrid())
        let array = { (name: String) throws -> [Int] in
            let text = try #require(
                try document.nodes(forXPath: "//DataArray[@Name='\(name)']").first?.stringValue)
            return text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        }
        #expect(try array("types") == Array(repeating: 42, count: mesh.nCells))
        #expect(try array("offsets") == (1...mesh.nCells).map { 4 * $0 })
        // Per cell: 4 faces, each "3 a b c": 1 + 4·4 = 17 numbers.
        let faces = try array("faces")
        #expect(faces.count == 17 * mesh.nCells)
        #expect(try array("faceoffsets") == (1...mesh.nCells).map { 17 * $0 })
        // Cell 0's first face lists its points so that its normal points out of the cell.
        let points = faces[2...4].map { mesh.points[$0] }
        let normal = (points[1] - points[0]).cross(points[2] - points[0])
        #expect(normal.dot(points[0] - mesh.cellCentres[0]) > 0)
    }

    /// Opens the file in ParaView and compares cell count, total volume and pressure range.
    @Test func paraviewReadsThePolyhedralVTU() throws {
        guard let pvpython = Self.executable("pvpython") else {
            print(
                "skipped: pvpython not found on PATH (Debian: apt-get install paraview python3-paraview)"
            )
            return
        }
        let solver = try Self.solver()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courant-vtu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("tetrahedra.vtu").path
        try solver.writeVTK(to: file)
        let script = directory.appendingPathComponent("read.py").path
        try """
        from paraview.simple import XMLUnstructuredGridReader, IntegrateVariables
        from paraview import servermanager
        reader = XMLUnstructuredGridReader(FileName=[r'\(file)'])
        reader.UpdatePipeline()
        grid = servermanager.Fetch(reader)
        total = servermanager.Fetch(IntegrateVariables(Input=reader))
        low, high = grid.GetCellData().GetArray('pressure').GetRange()
        print('RESULT', grid.GetNumberOfCells(), grid.GetCellType(0),
              total.GetCellData().GetArray('Volume').GetValue(0), low, high)

        """.write(toFile: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pvpython)
        process.arguments = ["--force-offscreen-rendering", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = try #require(
            text.split(separator: "\n").first { $0.hasPrefix("RESULT") }, "pvpython: \(text)")
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        try #require(fields.count == 5, "pvpython printed: \(line)")
        let mesh = solver.mesh
        #expect(Int(fields[0]) == mesh.nCells)
        #expect(Int(fields[1]) == 42)
        #expect(abs(fields[2] - mesh.cellVolumes.reduce(0, +)) < 1e-9)
        let pressure = solver.pressure.values
        #expect(abs(fields[3] - (pressure.min() ?? 0)) < 1e-9 * (1 + abs(fields[3])))
        #expect(abs(fields[4] - (pressure.max() ?? 0)) < 1e-9 * (1 + abs(fields[4])))
    }

    /// The full path of `name` on PATH, or nil.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}
