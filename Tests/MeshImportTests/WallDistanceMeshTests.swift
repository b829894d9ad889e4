import FiniteVolume
import Foundation
import MeshImport
import Testing

/// `Mesh.wallDistance(wallFaces:)` on the shipped meshes with curved walls, against the exact
/// distance to the true circle. The mesh's wall is a polygon of n sides inscribed in the
/// circle, so the distance to it differs from the circle's by at most the polygon's sagitta
/// s = R·(1 − cos(π/n)): never more inside the circle (the pipe), never less outside it (the
/// cylinder).
@Suite struct WallDistanceMeshTests {
    func mesh(_ file: String) throws -> Mesh {
        try Mesh(
            description: GmshReader.read(path: Fixtures.repository("cases/meshes/" + file)).mesh)
    }

    func wallFaces(_ names: Set<String>, _ mesh: Mesh) -> [Int] {
        mesh.patches.filter { names.contains($0.name) }.flatMap { Array($0.faces) }
    }

    @Test func pipeDistanceIsTheRadiusLessTheRadialPosition() throws {
        let mesh = try mesh("pipe.msh")
        let radius = 0.05
        let sagitta = radius * (1 - cos(Double.pi / 48))
        let d = mesh.wallDistance(wallFaces: wallFaces(["wall"], mesh))
        var worst = 0.0
        for c in 0..<mesh.nCells {
            let x = mesh.cellCentres[c]
            let exact = radius - (x.y * x.y + x.z * x.z).squareRoot()
            #expect(d[c] <= exact + 1e-12)
            worst = max(worst, exact - d[c])
        }
        #expect(worst <= sagitta + 1e-10)
    }

    @Test func cylinderInAChannelDistanceIsTheNearestOfCylinderAndWalls() throws {
        let mesh = try mesh("schaefer-turek-2d-level1.msh")
        let radius = 0.05
        let sagitta = radius * (1 - cos(Double.pi / 64))
        let d = mesh.wallDistance(wallFaces: wallFaces(["walls", "cylinder"], mesh))
        var worst = 0.0
        for c in 0..<mesh.nCells {
            let x = mesh.cellCentres[c]
            let toCylinder = (x - Vector3(0.2, 0.2)).magnitude - radius
            let exact = min(x.y, 0.41 - x.y, toCylinder)
            #expect(d[c] >= exact - 1e-12)
            worst = max(worst, d[c] - exact)
        }
        #expect(worst <= sagitta + 1e-10)
    }
}
