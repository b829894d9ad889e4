import FiniteVolume
import MeshTestSupport
import Foundation
import Testing

/// Geometry of single cells computed by hand: volumes, centroids and face areas of the
/// standard shapes, a hexahedron with a warped face, and a polyhedron with a split face.
@Suite struct PolyhedralGeometryTests {
    func single(_ points: [Vector3], _ faces: [[Int]]) throws -> Mesh {
        var builder = CellMeshBuilder(points: points)
        builder.cells = [faces]
        return try Mesh(description: builder.description())
    }

    func expectClose(_ a: Vector3, _ b: Vector3, _ tolerance: Double = 1e-14) {
        #expect((a - b).magnitude < tolerance, "\(a) vs \(b)")
    }

    /// The sorted face areas |Sf|.
    func areas(_ mesh: Mesh) -> [Double] { mesh.faceAreaMagnitudes.sorted() }

    @Test func unitTetrahedronHasVolumeOneSixthAndCentroidAtTheMeanOfItsCorners() throws {
        let mesh = try single(
            [Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(0, 1, 0), Vector3(0, 0, 1)],
            CellMeshBuilder.tetrahedron(0, 1, 2, 3))
        #expect(mesh.dimension == 3 && mesh.nCells == 1 && mesh.nFaces == 4)
        #expect(abs(mesh.cellVolumes[0] - 1.0 / 6) < 1e-15)
        expectClose(mesh.cellCentres[0], Vector3(0.25, 0.25, 0.25))
        let expected = [0.5, 0.5, 0.5, 3.0.squareRoot() / 2]
        #expect(zip(areas(mesh), expected).allSatisfy { abs($0 - $1) < 1e-15 })
        // The slanted face: centre at its corners' mean, normal (1, 1, 1)/√3 outward.
        let slanted = try #require(
            mesh.faceAreaMagnitudes.indices.max {
                mesh.faceAreaMagnitudes[$0] < mesh.faceAreaMagnitudes[$1]
            })
        expectClose(mesh.faceCentres[slanted], (1.0 / 3) * Vector3(1, 1, 1))
        expectClose(mesh.faceAreas[slanted], Vector3(0.5, 0.5, 0.5))
        #expect(mesh.maxCellOpenness < 1e-15)
    }

    @Test func boxHexahedronHasItsVolumeCentreAndSideAreas() throws {
        let corners = [
            Vector3(0, 0, 0), Vector3(2, 0, 0), Vector3(2, 1, 0), Vector3(0, 1, 0),
            Vector3(0, 0, 0.5), Vector3(2, 0, 0.5), Vector3(2, 1, 0.5), Vector3(0, 1, 0.5),
        ]
        let mesh = try single(corners, CellMeshBuilder.hexahedron(Array(0..<8)))
        #expect(abs(mesh.cellVolumes[0] - 1) < 1e-15)
        expectClose(mesh.cellCentres[0], Vector3(1, 0.5, 0.25))
        #expect(areas(mesh) == [0.5, 0.5, 1, 1, 2, 2])
        // Every face's area vector points away from the centre.
        for f in 0..<mesh.nFaces {
            #expect((mesh.faceCentres[f] - mesh.cellCentres[0]).dot(mesh.faceAreas[f]) > 0)
        }
    }

    @Test func triangularPrismAndSquarePyramidHaveTheirTextbookVolumesAndCentroids() throws {
        let prism = try single(
            [
                Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(0, 1, 0), Vector3(0, 0, 2),
                Vector3(1, 0, 2), Vector3(0, 1, 2),
            ], CellMeshBuilder.prism(0, 1, 2, 3, 4, 5))
        #expect(abs(prism.cellVolumes[0] - 1) < 1e-15)
        expectClose(prism.cellCentres[0], Vector3(1.0 / 3, 1.0 / 3, 1))
        #expect(
            zip(areas(prism), [0.5, 0.5, 2, 2, 2 * 2.0.squareRoot()]).allSatisfy {
                abs($0 - $1) < 1e-14
            })
        let pyramid = try single(
            [
                Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(1, 1, 0), Vector3(0, 1, 0),
                Vector3(0.5, 0.5, 1),
            ], CellMeshBuilder.pyramid(0, 1, 2, 3, 4))
        #expect(abs(pyramid.cellVolumes[0] - 1.0 / 3) < 1e-15)
        expectClose(pyramid.cellCentres[0], Vector3(0.5, 0.5, 0.25))
        // Each triangle: base 1, slant height √(1 + 1/4).
        let side = 0.5 * (1.25).squareRoot()
        #expect(
            zip(areas(pyramid), [side, side, side, side, 1]).allSatisfy {
                abs($0 - $1) < 1e-15
            })
    }

    @Test func hexahedronWithARaisedCornerEnclosesTheVolumeOfItsTriangulatedTop() throws {
        // The unit cube with corner (1, 1, 1) raised by h: the top face is warped and split
        // into four triangles around its point average (0.5, 0.5, 1 + h/4). Under them the
        // volume is Σ (xy-area 1/4)·(mean corner height) = 1 + h/4; the sides stay planar.
        let h = 0.4
        var corners = [
            Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(1, 1, 0), Vector3(0, 1, 0),
            Vector3(0, 0, 1), Vector3(1, 0, 1), Vector3(1, 1, 1), Vector3(0, 1, 1),
        ]
        corners[6].z += h
        let mesh = try single(corners, CellMeshBuilder.hexahedron(Array(0..<8)))
        #expect(abs(mesh.cellVolumes[0] - (1 + h / 4)) < 1e-15)
        #expect(mesh.maxCellOpenness < 1e-15)
        // The top's area vector is ½·(diagonal × diagonal) = ½·(1, 1, h)×(−1, 1, 0), whatever
        // the triangles: z-component 1 (the projected area), x and y components −h/2.
        let top = try #require((0..<mesh.nFaces).first { mesh.faceCentres[$0].z > 0.9 })
        expectClose(mesh.faceAreas[top], Vector3(-h / 2, -h / 2, 1))
        expectClose(mesh.faceCentres[top], Vector3(0.5, 0.5, 1 + h / 4), 0.05)
    }

    @Test func cubeWithItsTopSplitIntoFourFacesIsAPolyhedronOfVolumeOne() throws {
        // Points 0-7: the unit cube; 8-12: mid-edges and centre of the top, splitting it
        // into four quadrilateral faces (a hexahedron refined on one side: 9 faces).
        let points = [
            Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(1, 1, 0), Vector3(0, 1, 0),
            Vector3(0, 0, 1), Vector3(1, 0, 1), Vector3(1, 1, 1), Vector3(0, 1, 1),
            Vector3(0.5, 0, 1), Vector3(1, 0.5, 1), Vector3(0.5, 1, 1), Vector3(0, 0.5, 1),
            Vector3(0.5, 0.5, 1),
        ]
        let faces = [
            [0, 1, 2, 3], [0, 1, 5, 8, 4], [1, 2, 6, 9, 5], [2, 3, 7, 10, 6], [3, 0, 4, 11, 7],
            [4, 8, 12, 11], [8, 5, 9, 12], [12, 9, 6, 10], [11, 12, 10, 7],
        ]
        let mesh = try single(points, faces)
        #expect(mesh.nFaces == 9)
        #expect(abs(mesh.cellVolumes[0] - 1) < 1e-15)
        expectClose(mesh.cellCentres[0], Vector3(0.5, 0.5, 0.5))
        // The pentagonal sides keep area 1 with the extra point on their top edge.
        #expect(mesh.faceAreaMagnitudes.filter { abs($0 - 1) < 1e-15 }.count == 5)
        #expect(mesh.faceAreaMagnitudes.filter { abs($0 - 0.25) < 1e-15 }.count == 4)
    }

    @Test func boxGeneratorMakesGradedHexahedraWithSixNamedSides() throws {
        let mesh = try Mesh.box(
            nx: 4, ny: 3, nz: 5, lx: 2, ly: 1, lz: 0.5, gradingX: 3, gradingZ: 0.5,
            patchNames: [.top: "lid", .back: "sides", .front: "sides"])
        #expect(mesh.dimension == 3 && mesh.nCells == 60)
        #expect(mesh.patches.map(\.name) == ["left", "right", "bottom", "lid", "sides"])
        #expect(abs(mesh.cellVolumes.reduce(0, +) - 1) < 1e-14)
        #expect(mesh.maxCellOpenness < 1e-14)
        #expect(mesh.nonOrthogonalFaces.isEmpty)
        #expect(abs(mesh.cellVolumes[3] / mesh.cellVolumes[0] - 3) < 1e-12)  // grading in x
        let expected: [String: Vector3] = [
            "left": Vector3(-0.5, 0, 0), "right": Vector3(0.5, 0, 0), "bottom": Vector3(0, -1, 0),
            "lid": Vector3(0, 1, 0), "sides": .zero,
        ]
        for patch in mesh.patches {
            let sum = patch.faces.reduce(Vector3.zero) { $0 + mesh.faceAreas[$1] }
            #expect((sum - (expected[patch.name] ?? Vector3(9, 9, 9))).magnitude < 1e-14)
        }
        #expect(try #require(mesh.patch(named: "sides")).count == 2 * 4 * 3)
        for f in 0..<mesh.nInternalFaces {
            #expect(mesh.owner[f] < mesh.neighbour[f])
            let d = mesh.cellCentres[mesh.neighbour[f]] - mesh.cellCentres[mesh.owner[f]]
            #expect(d.dot(mesh.faceAreas[f]) > 0)
        }
    }
}
