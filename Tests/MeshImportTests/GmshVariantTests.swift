import FiniteVolume
import MeshImport
import Testing

/// Every Gmsh variant of a mesh (MSH 2.2 and 4.1, ASCII and binary, all written by Gmsh itself
/// from one .geo) must give the same mesh.
@Suite struct GmshVariantTests {
    /// Reads every variant of `base` and checks them against the first.
    private func variantsAgree(_ base: String, also extra: [String] = []) throws -> ImportedMesh {
        let paths = Fixtures.gmshVariants(base) + extra.map(Fixtures.path)
        let reference = try GmshReader.read(path: paths[0])
        for path in paths.dropFirst() {
            let other = try GmshReader.read(path: path)
            #expect(other.mesh.dimension == reference.mesh.dimension, "\(path)")
            #expect(other.mesh.nCells == reference.mesh.nCells, "\(path)")
            #expect(other.mesh.zones == reference.mesh.zones, "\(path)")
            #expect(other.notices == reference.notices, "\(path)")
            // Gmsh writes ASCII coordinates with 16 significant digits: points agree to within
            // one part in 1e15 of the domain size, and the topology exactly.
            let map = try #require(
                CanonicalMesh.pointMap(from: other.mesh, to: reference.mesh, tolerance: 1e-14),
                "\(path)")
            let identity = Array(reference.mesh.points.indices)
            #expect(
                CanonicalMesh(other.mesh, pointMap: map)
                    == CanonicalMesh(reference.mesh, pointMap: identity), "\(path)")
            #expect(TopologyCheck.unclosedCells(other.mesh).isEmpty, "\(path)")
        }
        #expect(TopologyCheck.unclosedCells(reference.mesh).isEmpty)
        return reference
    }

    /// Faces per zone name.
    private func zoneSizes(_ mesh: MeshDescription) -> [String: Int] {
        var sizes: [String: Int] = [:]
        for z in mesh.faceZone where z >= 0 { sizes[mesh.zones[z].name, default: 0] += 1 }
        return sizes
    }

    @Test func mixedTriangleQuadrangleMeshIsTheSameInEveryVariant() throws {
        // Also with parametric coordinates in the 4.1 node blocks (Mesh.SaveParametric).
        let read = try variantsAgree(
            "mixed2d",
            also: ["mixed2d-41-ascii-parametric.msh", "mixed2d-41-binary-parametric.msh"])
        let mesh = read.mesh
        #expect(mesh.dimension == 2)
        // Gmsh made 42 triangles and 16 quadrangles (4 x 4 transfinite block).
        #expect(mesh.nCells == 42 + 16)
        #expect(mesh.zones.map(\.name) == ["inlet", "outlet", "walls"])
        #expect(mesh.zones.allSatisfy { $0.type == nil })
        // Lines: inlet 4, outlet 4 (transfinite, 5 points), walls 4 + 4 + 4 + 4.
        #expect(zoneSizes(mesh) == ["inlet": 4, "outlet": 4, "walls": 16])
        #expect(mesh.points.allSatisfy { $0.z == 0 })
        #expect(mesh.faces.allSatisfy { $0.count == 2 })
        // Euler's relation for a plane mesh: internal + boundary edges from the cells' edges.
        let internalFaces = mesh.neighbour.filter { $0 >= 0 }.count
        #expect(2 * internalFaces + 24 == 42 * 3 + 16 * 4)
        #expect(read.notices.isEmpty)
    }

    @Test func mixedVolumeMeshIsTheSameInEveryVariant() throws {
        let read = try variantsAgree("mixed3d")
        let mesh = read.mesh
        #expect(mesh.dimension == 3)
        // 18 hexahedra, 52 prisms, 325 tetrahedra, 9 pyramids (Gmsh's own element counts).
        #expect(mesh.nCells == 18 + 52 + 325 + 9)
        #expect(mesh.zones.map(\.name) == ["inlet", "outlet", "walls"])
        let byPointCount = Dictionary(grouping: mesh.faces, by: \.count).mapValues(\.count)
        let cellFaceSlots = (18 * 6 + 52 * 5 + 325 * 4 + 9 * 5)
        let internalFaces = mesh.neighbour.filter { $0 >= 0 }.count
        #expect(2 * internalFaces + (mesh.faces.count - internalFaces) == cellFaceSlots)
        #expect(Set(byPointCount.keys) == [3, 4])
        // Quadrangles: 18 * 6 hexahedron sides + 52 * 3 prism sides + 9 pyramid bases, shared.
        #expect(read.notices.isEmpty)
    }
}
