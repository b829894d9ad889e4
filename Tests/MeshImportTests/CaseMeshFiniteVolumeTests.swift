import FiniteVolume
import Foundation
import MeshImport
import Testing

/// Every mesh file shipped in cases/meshes, read by MeshImport and built into the finite-volume
/// mesh: `Mesh(description:)` accepts it, every cell is closed (Σ_f Sf_out = 0), every volume is
/// positive, the patches are the named zones, and the total volume is the domain's, the curved
/// wall being a polygon of `segments` sides inscribed in its circle.
@Suite struct CaseMeshFiniteVolumeTests {
    /// The domain of a shipped mesh: its boundary zones, and its volume between the inscribed
    /// polygon's and the circle's (3-D: times the length along the axis).
    struct Domain: Sendable, CustomStringConvertible {
        var file: String
        var zones: Set<String>
        /// Volume of the straight box or pipe, m³ (2-D: m² times unit depth).
        var box: Double
        /// Cross-section radius of the curved wall, m; `cylinder` true when the circle is a hole
        /// cut from the box (Schäfer-Turek), false when it is the pipe itself.
        var radius: Double
        var cylinder: Bool
        /// Length along the circle's axis, m (1 in 2-D).
        var axialLength: Double
        /// Sides of the inscribed polygon round the circle, nil for a free tetrahedral mesh.
        var segments: Int?

        var description: String { file }

        /// [smallest, largest] exact volume: the circle cut by its inscribed polygon or not.
        var volumeRange: ClosedRange<Double> {
            let circle = Double.pi * radius * radius * axialLength
            let polygon: Double
            if let n = segments {
                let sides = Double(n)
                polygon = 0.5 * sides * radius * radius * sin(2 * .pi / sides) * axialLength
            } else {
                polygon = 0.95 * circle
            }
            return cylinder ? (box - circle)...(box - polygon) : polygon...circle
        }
    }

    static let cylinderZones: Set<String> = ["inlet", "outlet", "walls", "cylinder"]

    static let domains: [Domain] = [
        Domain(
            file: "schaefer-turek-2d-level1.msh", zones: cylinderZones, box: 2.2 * 0.41,
            radius: 0.05, cylinder: true, axialLength: 1, segments: 64),
        Domain(
            file: "schaefer-turek-2d-level2.msh", zones: cylinderZones, box: 2.2 * 0.41,
            radius: 0.05, cylinder: true, axialLength: 1, segments: 128),
        Domain(
            file: "schaefer-turek-2d-level3.msh", zones: cylinderZones, box: 2.2 * 0.41,
            radius: 0.05, cylinder: true, axialLength: 1, segments: 256),
        Domain(
            file: "schaefer-turek-3d1z-coarse.msh", zones: cylinderZones,
            box: 2.5 * 0.41 * 0.41, radius: 0.05, cylinder: true, axialLength: 0.41,
            segments: 64),
        Domain(
            file: "schaefer-turek-3d1z-tet.msh", zones: cylinderZones, box: 2.5 * 0.41 * 0.41,
            radius: 0.05, cylinder: true, axialLength: 0.41, segments: nil),
        Domain(
            file: "pipe.msh", zones: ["inlet", "outlet", "wall"], box: 0, radius: 0.05,
            cylinder: false, axialLength: 2, segments: 48),
    ]

    /// The shipped list above covers every .msh file in cases/meshes.
    @Test func everyShippedMeshIsListed() throws {
        let folder = Fixtures.repository("cases/meshes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".msh") }
        #expect(Set(files) == Set(Self.domains.map(\.file)))
    }

    /// Reads `path` with the reader its first line calls for: Gmsh's `$MeshFormat`, else
    /// Fluent's mesh format.
    static func read(_ path: String) throws -> ImportedMesh {
        let head = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 11)
        if head == Data("$MeshFormat".utf8) { return try GmshReader.read(path: path) }
        return try FluentMeshReader.read(path: path)
    }

    @Test(arguments: domains)
    func shippedMeshBuildsAClosedFiniteVolumeMesh(_ domain: Domain) throws {
        let imported = try Self.read(Fixtures.repository("cases/meshes/" + domain.file))
        let mesh = try Mesh(description: imported.mesh)
        #expect(Set(mesh.patches.map(\.name)) == domain.zones)
        #expect(mesh.patches.count == domain.zones.count)
        #expect(mesh.patches.allSatisfy { $0.count > 0 })
        #expect(mesh.cellVolumes.allSatisfy { $0 > 0 })
        var worstOpenness = 0.0
        for c in 0..<mesh.nCells {
            var sum = Vector3.zero
            var size = 0.0
            for f in mesh.cellFaces[mesh.cellFaceStart[c]..<mesh.cellFaceStart[c + 1]] {
                sum = sum + (mesh.owner[f] == c ? 1.0 : -1.0) * mesh.faceAreas[f]
                size += mesh.faceAreaMagnitudes[f]
            }
            worstOpenness = max(worstOpenness, sum.magnitude / size)
        }
        #expect(worstOpenness < 1e-12)
        let volume = mesh.cellVolumes.reduce(0, +)
        let range = domain.volumeRange
        #expect(volume > range.lowerBound * (1 - 1e-12) && volume < range.upperBound * (1 + 1e-12))
    }
}
