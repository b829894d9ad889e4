/// Builds the faces of a mesh given cell by cell (as finite-element formats such as Gmsh's do):
/// each cell's local faces are looked up by their sorted point set, so a face met a second time
/// becomes internal with that cell as neighbour, and one met once stays a boundary face.
struct CellFaceMatcher {
    /// (nFaces) point indices of each face, in the order of the cell that met it first.
    private(set) var faces: [[Int]] = []
    /// (nFaces) the cell that met the face first.
    private(set) var owner: [Int] = []
    /// (nFaces) the cell that met it second, or -1.
    private(set) var neighbour: [Int] = []
    /// Face index of every key met so far.
    private var index: [FaceKey: Int] = [:]

    /// An empty matcher sized for about `expectedFaces` faces.
    init(expectedFaces: Int) {
        index.reserveCapacity(expectedFaces)
        faces.reserveCapacity(expectedFaces)
        owner.reserveCapacity(expectedFaces)
        neighbour.reserveCapacity(expectedFaces)
    }

    /// Adds the face with points `points[range]` of `cell`; returns false when the face already
    /// has two cells (a non-manifold mesh or a duplicated cell).
    mutating func add(_ points: [Int], _ range: Range<Int>, of cell: Int) -> Bool {
        let key = FaceKey(points, range)
        if let f = index[key] {
            guard neighbour[f] < 0 else { return false }
            neighbour[f] = cell
            return true
        }
        index[key] = faces.count
        faces.append(Array(points[range]))
        owner.append(cell)
        neighbour.append(-1)
        return true
    }

    /// The face with the points `points[range]` in any order, if a cell has it.
    func face(_ points: [Int], _ range: Range<Int>) -> Int? {
        index[FaceKey(points, range)]
    }
}
