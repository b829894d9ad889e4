import FiniteVolume
import MeshImport
import Testing

/// Fluent mesh files: one written by another tool (OpenFOAM's foamMeshToFluent), hand-written
/// tiny meshes with exact counts, and binary forms that must read as their text twins.
@Suite struct FluentMeshReaderTests {
    /// Faces per zone name.
    private func zoneSizes(_ mesh: MeshDescription) -> [String: Int] {
        var sizes: [String: Int] = [:]
        for z in mesh.faceZone where z >= 0 { sizes[mesh.zones[z].name, default: 0] += 1 }
        return sizes
    }

    @Test func foamMeshToFluentFileDescribesTheGmshMeshItCameFrom() throws {
        let fluent = try FluentMeshReader.read(path: Fixtures.path("mixed3d-fluent.msh"))
        let gmsh = try GmshReader.read(path: Fixtures.path("mixed3d-22-ascii.msh"))
        #expect(fluent.mesh.dimension == 3)
        #expect(fluent.mesh.nCells == gmsh.mesh.nCells)
        #expect(fluent.mesh.nCells == 404)
        #expect(fluent.mesh.faces.count == gmsh.mesh.faces.count)
        #expect(zoneSizes(fluent.mesh) == zoneSizes(gmsh.mesh))
        #expect(Set(fluent.mesh.zones.map(\.name)) == ["inlet", "outlet", "walls"])
        // foamMeshToFluent types every OpenFOAM `patch` as a pressure outlet.
        #expect(fluent.mesh.zones.allSatisfy { $0.type == "pressure-outlet" })
        // It writes coordinates with 11 significant digits: points match to 1e-9 m.
        let map = try #require(
            CanonicalMesh.pointMap(from: fluent.mesh, to: gmsh.mesh, tolerance: 1e-9))
        let identity = Array(gmsh.mesh.points.indices)
        #expect(
            CanonicalMesh(fluent.mesh, pointMap: map)
                == CanonicalMesh(gmsh.mesh, pointMap: identity))
        #expect(TopologyCheck.unclosedCells(fluent.mesh).isEmpty)
    }

    @Test func binaryDoublePrecisionSectionsReadAsTheirTextTwin() throws {
        let text = try FluentMeshReader.read(path: Fixtures.path("mixed3d-fluent.msh"))
        let file = FluentTestFile(mesh: text.mesh)
        let fromText = try FluentMeshReader.read(bytes: file.bytes(.text), fileName: "t.msh")
        let fromDouble = try FluentMeshReader.read(bytes: file.bytes(.double), fileName: "d.msh")
        #expect(fromText.mesh == text.mesh)
        #expect(fromDouble.mesh == text.mesh)
    }

    @Test func binarySinglePrecisionSectionsRoundCoordinatesToFloat() throws {
        let text = try FluentMeshReader.read(path: Fixtures.path("mixed3d-fluent.msh"))
        let single = try FluentMeshReader.read(
            bytes: FluentTestFile(mesh: text.mesh).bytes(.single), fileName: "s.msh")
        var expected = text.mesh
        expected.points = expected.points.map {
            Vector3(Double(Float($0.x)), Double(Float($0.y)), Double(Float($0.z)))
        }
        #expect(single.mesh == expected)
    }

    /// Two unit cubes side by side, x in [0, 2]: node 1 + i + 3j + 6k at (i, j, k). One wall
    /// face has c0 = 0 (the other convention), the outlet is a polygonal (type 5) zone.
    static let twoCubes = """
        (0 "two hexahedra")
        (2 3)
        (10 (0 1 c 0 3))
        (12 (0 1 2 0 0))
        (13 (0 1 b 0 0))
        (10 (1 1 c 1 3)(
        0 0 0  1 0 0  2 0 0  0 1 0  1 1 0  2 1 0
        0 0 1  1 0 1  2 0 1  0 1 1  1 1 1  2 1 1
        ))
        (12 (2 1 2 1 4))
        (13 (3 1 1 2 4)(
        2 5 b 8 1 2
        ))
        (13 (4 2 2 a 4)(
        1 4 a 7 1 0
        ))
        (13 (5 3 3 5 5)(
        4 3 6 c 9 2 0
        ))
        (13 (6 4 b 3 0)(
        4 1 2 8 7 1 0
        4 2 3 9 8 0 2
        4 4 5 b a 1 0
        4 5 6 c b 2 0
        4 1 2 5 4 1 0
        4 2 3 6 5 2 0
        4 7 8 b a 1 0
        4 8 9 c b 2 0
        ))
        (45 (2 fluid fluid)())
        (45 (3 interior int)())
        (45 (4 velocity-inlet inlet)())
        (45 (6 wall walls)())
        """

    @Test func handWrittenHexahedraGiveExactCountsAndZones() throws {
        let read = try FluentMeshReader.read(bytes: Fixtures.bytes(Self.twoCubes), fileName: "t")
        let mesh = read.mesh
        #expect(mesh.dimension == 3)
        #expect(mesh.nCells == 2)
        #expect(mesh.points.count == 12)
        #expect(mesh.points[11] == Vector3(2, 1, 1))
        #expect(mesh.faces.count == 11)
        #expect(mesh.faces[0] == [1, 4, 10, 7])
        #expect(mesh.owner[0] == 0 && mesh.neighbour[0] == 1)
        #expect(mesh.neighbour.filter { $0 >= 0 }.count == 1)
        #expect(
            mesh.zones == [
                .init(name: "inlet", type: "velocity-inlet"),
                .init(name: "pressure-outlet-5", type: "pressure-outlet"),
                .init(name: "walls", type: "wall"),
            ])
        #expect(mesh.faceZone == [-1, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2])
        // Face 5 was given as (c0, c1) = (0, 2): turned round, owned by cell 2.
        #expect(mesh.owner[4] == 1 && mesh.neighbour[4] == -1)
        #expect(mesh.faces[4] == [7, 8, 2, 1])
        #expect(mesh.owner == [0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1])
        #expect(read.notices.isEmpty)
    }

    /// The 2-D mesh of `GmshReaderTests.tinyVersion2` in Fluent's form: a quadrangle (cell 1)
    /// and two triangles, faces as lines, one zone without a 45 section.
    static let tinyPlane = """
        (0 "tiny 2-D mesh")
        (2 2)
        (10 (0 1 6 0 2))
        (12 (0 1 3 0))
        (13 (0 1 8 0))
        (10 (1 1 6 1 2)(
        0 0
        1 0
        2 0
        2 1
        1 1
        0 1
        ))
        (12 (7 1 3 1 0)(
        3 1 1
        ))
        (13 (2 1 2 2 2)(
        2 5 1 2
        1 5 2 3
        ))
        (13 (3 3 6 3 2)(
        1 2 2 0
        2 3 1 0
        4 5 1 0
        5 6 3 0
        ))
        (13 (4 7 7 a 2)(
        6 1 3 0
        ))
        (13 (5 8 8 5 2)(
        3 4 1 0
        ))
        (45 (7 fluid fluid)())
        (45 (2 interior default-interior)())
        (45 (3 wall walls)())
        (45 (4 velocity-inlet inlet)())
        """

    @Test func handWrittenPlaneMeshGivesATwoDimensionalDescription() throws {
        let mesh = try FluentMeshReader.read(bytes: Fixtures.bytes(Self.tinyPlane), fileName: "p")
            .mesh
        #expect(mesh.dimension == 2)
        #expect(mesh.nCells == 3)
        #expect(
            mesh.points == [
                Vector3(0, 0), Vector3(1, 0), Vector3(2, 0), Vector3(2, 1), Vector3(1, 1),
                Vector3(0, 1),
            ])
        #expect(
            mesh.faces == [[1, 4], [0, 4], [0, 1], [1, 2], [3, 4], [4, 5], [5, 0], [2, 3]])
        #expect(mesh.owner == [0, 1, 1, 0, 0, 2, 2, 0])
        #expect(mesh.neighbour == [1, 2, -1, -1, -1, -1, -1, -1])
        #expect(mesh.zones.map(\.name) == ["walls", "inlet", "pressure-outlet-5"])
        #expect(mesh.faceZone == [-1, -1, 0, 0, 0, 0, 1, 2])
    }

    @Test func planeMeshWithThreeCoordinatesIsMovedToZeroWithANotice() throws {
        var lines = Self.tinyPlane.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        lines[5] = "(10 (1 1 6 1 3)("
        for i in 6...11 { lines[i] += " 0.25" }
        let read = try FluentMeshReader.read(
            bytes: Fixtures.bytes(lines.joined(separator: "\n")), fileName: "p3")
        let plane = try FluentMeshReader.read(bytes: Fixtures.bytes(Self.tinyPlane), fileName: "p")
        #expect(read.mesh == plane.mesh)
        #expect(read.notices == ["the 2-D mesh lies in the plane z = 0.25; moved to z = 0"])
    }

    @Test func caseFileSectionsAroundTheMeshAreSkipped() throws {
        // A case file holds the mesh among settings: a header, Scheme variables whose strings
        // hold parentheses, zone sections with property lists, and binary sections of other
        // kinds (closed by their trailer).
        var bytes = Array(
            """
            (1 "ANSYS(R) Fluent 2-D, as a case file")
            (37 (
            (rp-seg? #t)
            (note "a string with ) and ( in it")
            ))

            """.utf8)
        bytes += Array(Self.tinyPlane.utf8)
        bytes += Array("\n(39 (5 pressure-outlet outlet 1)((p 0.) (name . \"x)\")))\n".utf8)
        bytes += Array("(2064 (1 2 3)(".utf8) + [0x29, 0x28, 0x00, 0xFF]
        bytes += Array(")End of Binary Section 2064)\n(0 \"done\")\n".utf8)
        let mesh = try FluentMeshReader.read(bytes: bytes, fileName: "c.cas").mesh
        let plane = try FluentMeshReader.read(bytes: Fixtures.bytes(Self.tinyPlane), fileName: "p")
            .mesh
        #expect(mesh.zones.last == .init(name: "outlet", type: "pressure-outlet"))
        #expect(mesh.faces == plane.faces && mesh.owner == plane.owner)
    }

    @Test func binaryFormsOfTheHandWrittenMeshesReadAsTheText() throws {
        for text in [Self.twoCubes, Self.tinyPlane] {
            let mesh = try FluentMeshReader.read(bytes: Fixtures.bytes(text), fileName: "t").mesh
            let file = FluentTestFile(mesh: mesh)
            #expect(
                try FluentMeshReader.read(bytes: file.bytes(.double), fileName: "d").mesh == mesh)
        }
    }
}
