import FiniteVolume
import Foundation

/// What `/mesh/check` reports, computed in Courant from the mesh's public geometry (Fluent
/// User's Guide, "Mesh Quality"): domain extents, cell volume and face area statistics, the
/// minimum orthogonal quality and the maximum aspect ratio.
///
/// Orthogonal quality of a cell: the minimum over its faces of A·f/(|A||f|) and, for internal
/// faces, A·c/(|A||c|), with A the face's outward area vector, f the vector from the cell
/// centroid to the face centroid and c the vector to the neighbour cell's centroid (1 for an
/// orthogonal cell, towards 0 for a bad one). Aspect ratio of a cell: the largest over the
/// smallest of the normal distances from its centroid to its faces' centroids (|A·f|/|A|) and
/// the distances from its centroid to its points (√2 for a square, √3 for a cube).
struct MeshQuality {
    /// Smallest coordinate of any point along x, y, z, m.
    var lower: Vector3
    /// Largest coordinate of any point along x, y, z, m.
    var upper: Vector3
    /// Smallest, largest and summed cell volume, m³ (2-D: m² per m of depth).
    var minimumVolume: Double, maximumVolume: Double, totalVolume: Double
    /// Smallest and largest face area, m² (2-D: m per m of depth).
    var minimumFaceArea: Double, maximumFaceArea: Double
    /// The smallest orthogonal quality and the cell (0-based) that has it.
    var minimumOrthogonalQuality: Double, worstOrthogonalCell: Int
    /// The largest aspect ratio and the cell (0-based) that has it.
    var maximumAspectRatio: Double, worstAspectCell: Int

    /// The statistics of `mesh` (at least one cell, as every built mesh has).
    init(_ mesh: Mesh) {
        lower = mesh.points.first ?? .zero
        upper = lower
        for point in mesh.points {
            lower = Vector3(min(lower.x, point.x), min(lower.y, point.y), min(lower.z, point.z))
            upper = Vector3(max(upper.x, point.x), max(upper.y, point.y), max(upper.z, point.z))
        }
        minimumVolume = mesh.cellVolumes.min() ?? 0
        maximumVolume = mesh.cellVolumes.max() ?? 0
        totalVolume = mesh.cellVolumes.reduce(0, +)
        minimumFaceArea = mesh.faceAreaMagnitudes.min() ?? 0
        maximumFaceArea = mesh.faceAreaMagnitudes.max() ?? 0
        minimumOrthogonalQuality = 1
        worstOrthogonalCell = 0
        maximumAspectRatio = 1
        worstAspectCell = 0
        for cell in 0..<mesh.nCells {
            let quality = Self.orthogonalQuality(of: cell, in: mesh)
            if quality < minimumOrthogonalQuality {
                minimumOrthogonalQuality = quality
                worstOrthogonalCell = cell
            }
            let ratio = Self.aspectRatio(of: cell, in: mesh)
            if ratio > maximumAspectRatio {
                maximumAspectRatio = ratio
                worstAspectCell = cell
            }
        }
    }

    /// Fluent's orthogonal quality of `cell` (see the type's comment).
    static func orthogonalQuality(of cell: Int, in mesh: Mesh) -> Double {
        let centre = mesh.cellCentres[cell]
        var quality = 1.0
        for face in mesh.faces(ofCell: cell) {
            let area = mesh.outwardArea(face: face, cell: cell)
            quality = min(quality, cosine(area, mesh.faceCentres[face] - centre))
            if face < mesh.nInternalFaces {
                let other = mesh.owner[face] == cell ? mesh.neighbour[face] : mesh.owner[face]
                quality = min(quality, cosine(area, mesh.cellCentres[other] - centre))
            }
        }
        return quality
    }

    /// Fluent's aspect ratio of `cell` (see the type's comment).
    static func aspectRatio(of cell: Int, in mesh: Mesh) -> Double {
        let centre = mesh.cellCentres[cell]
        var shortest = Double.infinity
        var longest = 0.0
        for face in mesh.faces(ofCell: cell) {
            let area = mesh.faceAreas[face]
            let distance = abs(area.dot(mesh.faceCentres[face] - centre)) / area.magnitude
            shortest = min(shortest, distance)
            longest = max(longest, distance)
        }
        for point in mesh.points(ofCell: cell) {
            let distance = (mesh.points[point] - centre).magnitude
            shortest = min(shortest, distance)
            longest = max(longest, distance)
        }
        return shortest > 0 ? longest / shortest : .infinity
    }

    private static func cosine(_ a: Vector3, _ b: Vector3) -> Double {
        let norms = a.magnitude * b.magnitude
        return norms > 0 ? a.dot(b) / norms : 1
    }

    /// The report in Fluent's layout; z lines only for a 3-D mesh.
    func text(dimension: Int) -> String {
        func e(_ value: Double) -> String { Self.scientific(value) }
        let (v, a) = dimension == 3 ? ("m3", "m2") : ("m2", "m")
        var lines = ["Domain Extents:"]
        let axes = [("x", lower.x, upper.x), ("y", lower.y, upper.y), ("z", lower.z, upper.z)]
        for (axis, low, high) in axes.prefix(dimension) {
            lines.append("   \(axis)-coordinate: min (m) = \(e(low)), max (m) = \(e(high))")
        }
        lines += [
            "Volume statistics:",
            "   minimum volume (\(v)): \(e(minimumVolume))",
            "   maximum volume (\(v)): \(e(maximumVolume))",
            "     total volume (\(v)): \(e(totalVolume))",
            "Face area statistics:",
            "   minimum face area (\(a)): \(e(minimumFaceArea))",
            "   maximum face area (\(a)): \(e(maximumFaceArea))",
            "Mesh Quality:",
            "   Minimum Orthogonal Quality = \(e(minimumOrthogonalQuality)) "
                + "(cell \(worstOrthogonalCell))",
            "   Maximum Aspect Ratio = \(e(maximumAspectRatio)) (cell \(worstAspectCell))",
            "Done.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` as Fluent prints it: six decimals and an exponent (`1.234560e-03`).
    static func scientific(_ value: Double) -> String { String(format: "%.6e", value) }
}
