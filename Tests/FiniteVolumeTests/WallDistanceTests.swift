import FiniteVolume
import Foundation
import MeshTestSupport
import Testing

/// `Mesh.wallDistance(wallFaces:)` against exact distances on meshes whose walls are planes,
/// where the nearest-wall-face distance is exact whatever the cells.
@Suite struct WallDistanceTests {
    func faces(of names: Set<String>, on mesh: Mesh) -> [Int] {
        mesh.patches.filter { names.contains($0.name) }.flatMap { Array($0.faces) }
    }

    @Test func gradedChannelDistanceIsTheDistanceToTheNearerWall() throws {
        let height = 2.0
        let mesh = try Mesh.rectangle(
            nx: 3, ny: 40, lx: 1, ly: height, gradingY: 8,
            patchNames: [.bottom: "wall", .top: "wall"])
        let d = mesh.wallDistance(wallFaces: faces(of: ["wall"], on: mesh))
        for c in 0..<mesh.nCells {
            let y = mesh.cellCentres[c].y
            #expect(abs(d[c] - min(y, height - y)) < 1e-12)
        }
    }

    @Test func perturbedTriangleChannelDistanceIsExact() throws {
        var description = CellMeshBuilder.triangulatedRectangle(nx: 16, ny: 8, lx: 2, ly: 1)
            .description(dimension: 2) { centre in
                centre.y < 1e-9 || centre.y > 1 - 1e-9 ? "wall" : "open"
            }
        for p in description.points.indices {
            let x = description.points[p]
            guard x.x > 1e-9, x.x < 2 - 1e-9, x.y > 1e-9, x.y < 1 - 1e-9 else { continue }
            let phase = Double(p)
            description.points[p] = x + Vector3(0.03 * sin(3 * phase), 0.03 * cos(5 * phase))
        }
        let mesh = try Mesh(description: description)
        let d = mesh.wallDistance(wallFaces: faces(of: ["wall"], on: mesh))
        for c in 0..<mesh.nCells {
            let y = mesh.cellCentres[c].y
            #expect(abs(d[c] - min(y, 1 - y)) < 1e-12)
        }
    }

    @Test func tetrahedralBoxDistanceIsTheNearestOfThreeWalls() throws {
        let size = Vector3(1, 1, 1)
        let mesh = try Mesh(
            description: CellMeshBuilder.tetrahedralBox(n: 6, size: size).description { c in
                c.x < 1e-9 || c.y < 1e-9 || c.z > 1 - 1e-9 ? "wall" : "open"
            })
        let d = mesh.wallDistance(wallFaces: faces(of: ["wall"], on: mesh))
        for c in 0..<mesh.nCells {
            let x = mesh.cellCentres[c]
            #expect(abs(d[c] - min(x.x, x.y, 1 - x.z)) < 1e-12)
        }
    }

    @Test func noWallsLeaveEveryDistanceInfinite() throws {
        let mesh = try Mesh.rectangle(nx: 4, ny: 4, lx: 1, ly: 1)
        #expect(mesh.wallDistance(wallFaces: []).allSatisfy { $0 == .infinity })
    }
}
