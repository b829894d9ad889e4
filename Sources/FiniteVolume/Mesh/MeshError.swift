/// Why a `MeshDescription` cannot become a `Mesh`: one line naming what is wrong and where
/// (0-based face, cell and point indices of the description; zones by name).
public enum MeshError: Error, Equatable, CustomStringConvertible {
    /// The dimension is neither 2 nor 3.
    case unsupportedDimension(Int)
    /// Per-face arrays of different lengths, or no cells.
    case inconsistentSizes(String)
    /// A face has the wrong number of points (2 in 2-D, at least 3 in 3-D).
    case facePointCount(face: Int, count: Int, dimension: Int)
    /// A face refers to a point that does not exist.
    case pointOutOfRange(face: Int, point: Int, nPoints: Int)
    /// A 2-D mesh has a point off the plane z = 0.
    case pointOffPlane(point: Int, z: Double)
    /// A face refers to a cell that does not exist (`side` is `owner` or `neighbour`).
    case cellOutOfRange(face: Int, side: String, cell: Int, nCells: Int)
    /// An internal face has the same cell on both sides.
    case sameCellOnBothSides(face: Int, cell: Int)
    /// A boundary face names no zone, or a zone that does not exist.
    case boundaryFaceWithoutZone(face: Int, zone: Int)
    /// Two zones carry the same name.
    case duplicateZoneName(String)
    /// A zone holds no boundary face.
    case emptyZone(String)
    /// The same face (same points) is listed more than once, so it would join more than two
    /// cells (or the same two cells twice).
    case faceSharedByMoreThanTwoCells(face: Int, duplicate: Int, cells: [Int])
    /// A face has zero area (repeated or collinear points).
    case zeroAreaFace(face: Int)
    /// A cell is on no face.
    case cellWithoutFaces(cell: Int)
    /// A cell's outward face area vectors do not sum to zero: it is not closed, or a face is
    /// missing or mis-oriented. `openness` is |Σ Sf| relative to its largest face.
    case cellNotClosed(cell: Int, openness: Double)
    /// A cell's volume is zero or negative (inverted or flat).
    case nonPositiveVolume(cell: Int, volume: Double)

    /// One-line description.
    public var description: String {
        switch self {
        case .unsupportedDimension(let dimension):
            "mesh: dimension \(dimension); only 2 (plane) and 3 (volume) meshes are supported"
        case .inconsistentSizes(let why): "mesh: \(why)"
        case .facePointCount(let face, let count, let dimension):
            "face \(face) has \(count) points; a face of a \(dimension)-D mesh needs "
                + (dimension == 2 ? "exactly 2" : "at least 3")
        case .pointOutOfRange(let face, let point, let nPoints):
            "face \(face) refers to point \(point), but the mesh has \(nPoints) points"
        case .pointOffPlane(let point, let z):
            "point \(point) of the 2-D mesh has z = \(z); a plane mesh lies in z = 0"
        case .cellOutOfRange(let face, let side, let cell, let nCells):
            "face \(face): \(side) cell \(cell) does not exist (the mesh has \(nCells) cells)"
        case .sameCellOnBothSides(let face, let cell):
            "face \(face) has cell \(cell) on both sides"
        case .boundaryFaceWithoutZone(let face, let zone):
            "boundary face \(face) belongs to no zone (zone index \(zone))"
        case .duplicateZoneName(let name): "two zones are named '\(name)'"
        case .emptyZone(let name): "zone '\(name)' has no faces"
        case .faceSharedByMoreThanTwoCells(let face, let duplicate, let cells):
            "faces \(duplicate) and \(face) have the same points: that face joins cells "
                + cells.map(String.init).joined(separator: ", ") + ", more than two cells"
        case .zeroAreaFace(let face): "face \(face) has zero area"
        case .cellWithoutFaces(let cell): "cell \(cell) has no faces"
        case .cellNotClosed(let cell, let openness):
            "cell \(cell) is not closed: its face area vectors sum to \(openness) of its "
                + "largest face"
        case .nonPositiveVolume(let cell, let volume):
            "cell \(cell) has non-positive volume \(volume) m^3"
        }
    }
}
