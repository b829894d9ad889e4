/// Builds the faces of a mesh given cell by cell (as finite-element formats such as Gmsh's do):
/// each cell's local faces are looked up by their sorted point set, so a face met a second time
/// becomes internal with that cell as neighbour, and one met once stays a boundary face.
///
/// The lookup is an open-addressing hash table (linear probing, at most half full) of face
/// indices, keys compared against `keys`: a face is found in one or two probes, with no
/// allocation per lookup.
struct CellFaceMatcher {
    /// (nFaces) point indices of each face, in the order of the cell that met it first.
    private(set) var faces: [[Int]] = []
    /// (nFaces) the cell that met the face first.
    private(set) var owner: [Int] = []
    /// (nFaces) the cell that met it second, or -1.
    private(set) var neighbour: [Int] = []
    /// (nFaces) the key of each face.
    private var keys: [FaceKey] = []
    /// (capacity, a power of two) face index in each slot, -1 for an empty slot.
    private var slots: [Int]
    /// log2 of the capacity.
    private var bits: Int

    /// An empty matcher sized for about `expectedFaces` faces.
    init(expectedFaces: Int) {
        bits = 4
        while 1 << bits < 2 * expectedFaces { bits += 1 }
        slots = [Int](repeating: -1, count: 1 << bits)
        faces.reserveCapacity(expectedFaces)
        owner.reserveCapacity(expectedFaces)
        neighbour.reserveCapacity(expectedFaces)
        keys.reserveCapacity(expectedFaces)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: FaceKey) -> Int {
        let mask = (1 << bits) - 1
        var s = Int(truncatingIfNeeded: key.mixedHash >> UInt64(64 - bits))
        while true {
            let f = slots[s]
            if f < 0 || keys[f] == key { return s }
            s = (s + 1) & mask
        }
    }

    /// Adds the face with points `points[range]` of `cell`; returns false when the face already
    /// has two cells (a non-manifold mesh or a duplicated cell).
    mutating func add(_ points: [Int], _ range: Range<Int>, of cell: Int) -> Bool {
        let key = FaceKey(points, range)
        let s = slot(of: key)
        let f = slots[s]
        if f >= 0 {
            guard neighbour[f] < 0 else { return false }
            neighbour[f] = cell
            return true
        }
        slots[s] = faces.count
        keys.append(key)
        faces.append(Array(points[range]))
        owner.append(cell)
        neighbour.append(-1)
        if 2 * faces.count > slots.count { grow() }
        return true
    }

    /// Doubles the table and re-inserts every face.
    private mutating func grow() {
        bits += 1
        slots = [Int](repeating: -1, count: 1 << bits)
        for f in keys.indices { slots[slot(of: keys[f])] = f }
    }

    /// The face with the points `points[range]` in any order, if a cell has it.
    func face(_ points: [Int], _ range: Range<Int>) -> Int? {
        let f = slots[slot(of: FaceKey(points, range))]
        return f >= 0 ? f : nil
    }
}
