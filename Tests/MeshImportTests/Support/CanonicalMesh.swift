import FiniteVolume
import MeshImport

/// A mesh reduced to what does not depend on numbering or orientation, for comparing meshes read
/// from different files: every face as its sorted point set, its zone name ("" inside), and the
/// sorted point sets of the cells on its sides; points renumbered through a map to a reference
/// mesh's points found by coordinates.
struct CanonicalMesh: Equatable {
    /// One face, numbering-free.
    struct Face: Comparable {
        var points: [Int]
        var zone: String
        var cells: [[Int]]

        static func < (a: Face, b: Face) -> Bool {
            if a.points != b.points { return a.points.lexicographicallyPrecedes(b.points) }
            if a.zone != b.zone { return a.zone < b.zone }
            return a.cells.lexicographicallyPrecedes(b.cells) { $0.lexicographicallyPrecedes($1) }
        }
    }

    /// Sorted faces.
    var faces: [Face]

    /// The canonical form of `mesh`, its point i renamed `pointMap[i]`.
    init(_ mesh: MeshDescription, pointMap: [Int]) {
        var cellPoints = [Set<Int>](repeating: [], count: mesh.nCells)
        for f in mesh.faces.indices {
            let points = mesh.faces[f].map { pointMap[$0] }
            cellPoints[mesh.owner[f]].formUnion(points)
            if mesh.neighbour[f] >= 0 { cellPoints[mesh.neighbour[f]].formUnion(points) }
        }
        let cellKeys = cellPoints.map { $0.sorted() }
        faces = mesh.faces.indices.map { f in
            var cells = [cellKeys[mesh.owner[f]]]
            if mesh.neighbour[f] >= 0 { cells.append(cellKeys[mesh.neighbour[f]]) }
            cells.sort { $0.lexicographicallyPrecedes($1) }
            let zone = mesh.faceZone[f] >= 0 ? mesh.zones[mesh.faceZone[f]].name : ""
            return Face(
                points: mesh.faces[f].map { pointMap[$0] }.sorted(), zone: zone, cells: cells)
        }.sorted()
    }

    /// For each point of `mesh`, the index of the point of `reference` within `tolerance` (m) of
    /// it; nil unless the map is one-to-one.
    static func pointMap(
        from mesh: MeshDescription, to reference: MeshDescription, tolerance: Double
    ) -> [Int]? {
        guard mesh.points.count == reference.points.count else { return nil }
        let order = reference.points.indices.sorted {
            reference.points[$0].x < reference.points[$1].x
        }
        let xs = order.map { reference.points[$0].x }
        var used = [Bool](repeating: false, count: reference.points.count)
        var map: [Int] = []
        for p in mesh.points {
            var lo = 0, hi = xs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if xs[mid] < p.x - tolerance { lo = mid + 1 } else { hi = mid }
            }
            var found: Int?
            var k = lo
            while k < xs.count, xs[k] <= p.x + tolerance {
                if (reference.points[order[k]] - p).magnitude <= tolerance {
                    found = order[k]
                    break
                }
                k += 1
            }
            guard let q = found, !used[q] else { return nil }
            used[q] = true
            map.append(q)
        }
        return map
    }
}
