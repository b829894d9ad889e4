import FiniteVolume
import Foundation
import MeshImport
import Testing

/// Hand-written Gmsh files with exact expected counts: a quadrangle and two triangles, the line
/// 5-6 left out of every physical group.
@Suite struct GmshReaderTests {
    /// MSH 2.2: points 1 (0,0) 2 (1,0) 3 (2,0) 4 (2,1) 5 (1,1) 6 (0,1); quadrangle 2-3-4-5,
    /// triangles 1-2-5 and 1-5-6.
    static let tinyVersion2 = """
        $MeshFormat
        2.2 0 8
        $EndMeshFormat
        $PhysicalNames
        4
        1 1 "inlet"
        1 2 "outlet"
        1 3 "walls"
        2 4 "fluid"
        $EndPhysicalNames
        $Nodes
        6
        1 0 0 0
        2 1 0 0
        3 2 0 0
        4 2 1 0
        5 1 1 0
        6 0 1 0
        $EndNodes
        $Elements
        8
        1 1 2 1 1 6 1
        2 1 2 2 2 3 4
        3 1 2 3 3 1 2
        4 1 2 3 3 2 3
        5 1 2 3 3 4 5
        6 3 2 4 1 2 3 4 5
        7 2 2 4 1 1 2 5
        8 2 2 4 1 1 5 6
        $EndElements

        """

    /// The same mesh in MSH 4.1, curve 4 (the line 5-6) in no physical group.
    static let tinyVersion4 = """
        $MeshFormat
        4.1 0 8
        $EndMeshFormat
        $PhysicalNames
        4
        1 1 "inlet"
        1 2 "outlet"
        1 3 "walls"
        2 4 "fluid"
        $EndPhysicalNames
        $Entities
        0 4 1 0
        1 0 0 0 0 1 0 1 1 0
        2 2 0 0 2 1 0 1 2 0
        3 0 0 0 2 1 0 1 3 0
        4 0 1 0 1 1 0 0 0
        1 0 0 0 2 1 0 1 4 0
        $EndEntities
        $Nodes
        1 6 1 6
        2 1 0 6
        1
        2
        3
        4
        5
        6
        0 0 0
        1 0 0
        2 0 0
        2 1 0
        1 1 0
        0 1 0
        $EndNodes
        $Elements
        6 9 1 9
        1 1 1 1
        1 6 1
        1 2 1 1
        2 3 4
        1 3 1 3
        3 1 2
        4 2 3
        5 4 5
        1 4 1 1
        9 5 6
        2 1 3 1
        6 2 3 4 5
        2 1 2 2
        7 1 2 5
        8 1 5 6
        $EndElements

        """

    @Test func tinyMeshGivesExactCountsAndADefaultZoneForUngroupedFaces() throws {
        for (name, text) in [("v2", Self.tinyVersion2), ("v4", Self.tinyVersion4)] {
            let read = try GmshReader.read(bytes: Fixtures.bytes(text), fileName: name)
            let mesh = read.mesh
            #expect(mesh.dimension == 2, "\(name)")
            #expect(mesh.nCells == 3, "\(name)")
            #expect(mesh.points.count == 6, "\(name)")
            // Quadrangle edges 2-3 3-4 4-5 5-2, triangle 1-2-5 adds 1-2 5-1, 1-5-6 adds 5-6 6-1.
            #expect(
                mesh.faces == [
                    [1, 2], [2, 3], [3, 4], [4, 1], [0, 1], [4, 0], [4, 5], [5, 0],
                ])
            #expect(mesh.owner == [0, 0, 0, 0, 1, 1, 2, 2], "\(name)")
            #expect(mesh.neighbour == [-1, -1, -1, 1, -1, 2, -1, -1], "\(name)")
            #expect(
                mesh.zones.map(\.name) == ["inlet", "outlet", "walls", "default-boundary"])
            #expect(mesh.faceZone == [2, 1, 2, -1, 2, -1, 3, 0], "\(name)")
            #expect(
                read.notices == [
                    "1 boundary faces are in no physical group: they form the zone "
                        + "'default-boundary'"
                ], "\(name)")
        }
    }

    @Test func planeMeshAwayFromZeroIsMovedToZeroWithANotice() throws {
        let text = Self.tinyVersion2.replacingOccurrences(of: " 0\n", with: " 0.5\n")
        let read = try GmshReader.read(bytes: Fixtures.bytes(text), fileName: "z")
        #expect(read.mesh.points.allSatisfy { $0.z == 0 })
        #expect(read.notices.last == "the 2-D mesh lies in the plane z = 0.5; moved to z = 0")
    }

    @Test func physicalGroupInsideTheDomainMakesNoZoneAndANotice() throws {
        // The line 2-5 between the quadrangle and the first triangle, in group 5 "monitor".
        let text = Self.tinyVersion2.replacingOccurrences(
            of: "$PhysicalNames\n4\n", with: "$PhysicalNames\n5\n1 5 \"monitor\"\n"
        ).replacingOccurrences(of: "$Elements\n8\n", with: "$Elements\n9\n9 1 2 5 5 2 5\n")
        let read = try GmshReader.read(bytes: Fixtures.bytes(text), fileName: "m")
        let plain = try GmshReader.read(bytes: Fixtures.bytes(Self.tinyVersion2), fileName: "p")
        #expect(read.mesh == plain.mesh)
        #expect(
            read.notices.first
                == "1 elements of physical group 'monitor' lie between two cells (an internal "
                + "line); ignored")
    }

    @Test func unnamedPhysicalGroupsAreNamedByTag() throws {
        let text = Self.tinyVersion2.replacingOccurrences(of: "1 2 \"outlet\"\n", with: "")
            .replacingOccurrences(of: "$PhysicalNames\n4\n", with: "$PhysicalNames\n3\n")
        let mesh = try GmshReader.read(bytes: Fixtures.bytes(text), fileName: "u").mesh
        #expect(mesh.zones.map(\.name) == ["inlet", "zone-2", "walls", "default-boundary"])
    }

    @Test func bigEndianBinaryFilesAreReadThroughTheEndiannessWord() throws {
        // A big-endian MSH 2.2 binary file: the triangle 1-2-3, its sides in physical group 1.
        var bytes = Array("$MeshFormat\n2.2 1 8\n".utf8)
        func int32(_ n: Int32) { withUnsafeBytes(of: n.bigEndian) { bytes.append(contentsOf: $0) } }
        func double(_ x: Double) {
            withUnsafeBytes(of: x.bitPattern.bigEndian) { bytes.append(contentsOf: $0) }
        }
        int32(1)
        bytes += Array("\n$EndMeshFormat\n$Nodes\n3\n".utf8)
        for (tag, x, y) in [(1, 0.0, 0.0), (2, 1.0, 0.0), (3, 0.0, 1.0)] {
            int32(Int32(tag))
            double(x)
            double(y)
            double(0)
        }
        bytes += Array("\n$EndNodes\n$Elements\n4\n".utf8)
        int32(1); int32(3); int32(2)  // three lines, two tags each
        for (tag, a, b) in [(1, 1, 2), (2, 2, 3), (3, 3, 1)] {
            for v in [tag, 1, 1, a, b] { int32(Int32(v)) }
        }
        int32(2); int32(1); int32(2)  // one triangle
        for v in [4, 2, 2, 1, 2, 3] { int32(Int32(v)) }
        bytes += Array("\n$EndElements\n".utf8)
        let mesh = try GmshReader.read(bytes: bytes, fileName: "be").mesh
        #expect(mesh.points == [Vector3(0, 0), Vector3(1, 0), Vector3(0, 1)])
        #expect(mesh.nCells == 1)
        #expect(mesh.zones.map(\.name) == ["zone-1"])
        #expect(mesh.faceZone == [0, 0, 0])
    }
}
