import FiniteVolume
import MeshImport
import Testing

/// The meshes shipped in cases/meshes read as their .geo scripts made them: cell counts by
/// type, zones and face counts (Gmsh's own counts when they were written), closed cells, and
/// boundary points where the geometry puts them.
@Suite struct CaseMeshTests {
    /// Cells by shape, from each cell's number of faces and of points.
    private func cellShapes(_ mesh: MeshDescription) -> [String: Int] {
        var faceCount = [Int](repeating: 0, count: mesh.nCells)
        var points = [Set<Int>](repeating: [], count: mesh.nCells)
        for f in mesh.faces.indices {
            for c in [mesh.owner[f], mesh.neighbour[f]] where c >= 0 {
                faceCount[c] += 1
                points[c].formUnion(mesh.faces[f])
            }
        }
        var shapes: [String: Int] = [:]
        for c in 0..<mesh.nCells {
            let shape =
                switch (mesh.dimension, faceCount[c], points[c].count) {
                case (2, 3, 3): "triangle"
                case (2, 4, 4): "quadrangle"
                case (3, 5, 6): "prism"
                case (3, 6, 8): "hexahedron"
                default: "other"
                }
            shapes[shape, default: 0] += 1
        }
        return shapes
    }

    /// Faces per zone name.
    private func zoneSizes(_ mesh: MeshDescription) -> [String: Int] {
        var sizes: [String: Int] = [:]
        for z in mesh.faceZone where z >= 0 { sizes[mesh.zones[z].name, default: 0] += 1 }
        return sizes
    }

    /// The largest distance of a zone's points from the line through `centre` along `axis`,
    /// minus `radius`, in absolute value.
    private func radialError(
        _ mesh: MeshDescription, zone: String, centre: Vector3, axis: Int, radius: Double
    ) -> Double {
        var worst = 0.0
        for f in mesh.faces.indices where mesh.faceZone[f] >= 0 {
            guard mesh.zones[mesh.faceZone[f]].name == zone else { continue }
            for p in mesh.faces[f] {
                var d = mesh.points[p] - centre
                d[axis] = 0
                worst = max(worst, abs(d.magnitude - radius))
            }
        }
        return worst
    }

    @Test(arguments: [
        (1, 4561, 512, ["inlet": 19, "outlet": 13, "walls": 153, "cylinder": 64]),
        (2, 18064, 2048, ["inlet": 38, "outlet": 25, "walls": 305, "cylinder": 128]),
        (3, 71937, 8192, ["inlet": 76, "outlet": 50, "walls": 609, "cylinder": 256]),
    ])
    func schaeferTurek2DLevels(
        level: Int, triangles: Int, quadrangles: Int, zones: [String: Int]
    ) throws {
        let read = try GmshReader.read(
            path: Fixtures.repository("cases/meshes/schaefer-turek-2d-level\(level).msh"))
        let mesh = read.mesh
        #expect(read.notices.isEmpty)
        #expect(mesh.dimension == 2)
        #expect(cellShapes(mesh) == ["triangle": triangles, "quadrangle": quadrangles])
        #expect(mesh.zones.map(\.name) == ["inlet", "outlet", "walls", "cylinder"])
        #expect(zoneSizes(mesh) == zones)
        let xs = mesh.points.map(\.x), ys = mesh.points.map(\.y)
        #expect(xs.min() == 0 && xs.max() == 2.2 && ys.min() == 0 && ys.max() == 0.41)
        let error = radialError(
            mesh, zone: "cylinder", centre: Vector3(0.2, 0.2), axis: 2, radius: 0.05)
        #expect(error < 1e-12)
        if level == 1 { #expect(TopologyCheck.unclosedCells(mesh).isEmpty) }
    }

    @Test func schaeferTurek3D1ZCoarse() throws {
        let mesh = try GmshReader.read(
            path: Fixtures.repository("cases/meshes/schaefer-turek-3d1z-coarse.msh")
        ).mesh
        #expect(mesh.dimension == 3)
        // 4561 + 512 plane cells of the 2-D layout on [0, 2.5], 9 layers across the height.
        #expect(cellShapes(mesh) == ["prism": 32535, "hexahedron": 4608])
        #expect(
            zoneSizes(mesh) == ["inlet": 99, "outlet": 99, "walls": 9541, "cylinder": 576])
        let zs = mesh.points.map(\.z), xs = mesh.points.map(\.x)
        #expect(zs.min() == 0 && zs.max() == 0.41 && xs.max() == 2.5)
        let error = radialError(
            mesh, zone: "cylinder", centre: Vector3(0.5, 0.2), axis: 2, radius: 0.05)
        #expect(error < 1e-12)
    }

    @Test func schaeferTurek3D1ZTetrahedra() throws {
        let mesh = try GmshReader.read(
            path: Fixtures.repository("cases/meshes/schaefer-turek-3d1z-tet.msh")
        ).mesh
        #expect(mesh.nCells == 77586)
        #expect(mesh.faces.allSatisfy { $0.count == 3 })
        #expect(
            zoneSizes(mesh) == ["inlet": 182, "outlet": 184, "walls": 7427, "cylinder": 2669])
        // 4 faces per tetrahedron: internal faces counted twice, boundary faces once.
        let internalFaces = mesh.neighbour.filter { $0 >= 0 }.count
        #expect(2 * internalFaces + (182 + 184 + 7427 + 2669) == 4 * 77586)
        let error = radialError(
            mesh, zone: "cylinder", centre: Vector3(0.5, 0.2), axis: 2, radius: 0.05)
        #expect(error < 1e-12)
    }

    @Test func pipe() throws {
        let mesh = try GmshReader.read(path: Fixtures.repository("cases/meshes/pipe.msh")).mesh
        #expect(mesh.dimension == 3)
        // 742 cells per cross-section (288 ring quadrangles, 454 core triangles), 70 layers.
        #expect(cellShapes(mesh) == ["hexahedron": 288 * 70, "prism": 454 * 70])
        #expect(zoneSizes(mesh) == ["inlet": 742, "outlet": 742, "wall": 48 * 70])
        let xs = mesh.points.map(\.x)
        #expect(xs.min() == 0 && xs.max() == 2)
        let error = radialError(mesh, zone: "wall", centre: .zero, axis: 0, radius: 0.05)
        #expect(error < 1e-12)
    }
}
