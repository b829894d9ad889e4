extension Mesh {
    /// (nCells) |Σ_f Sf_out| of each cell relative to its largest |Sf|: zero (to round-off) for a
    /// closed cell, since the area vectors of a closed surface sum to zero.
    public var cellOpenness: [Double] {
        (0..<nCells).map { c in
            var sum = Vector3.zero
            var scale = 0.0
            for f in faces(ofCell: c) {
                sum = sum + outwardArea(face: f, cell: c)
                scale = max(scale, faceAreaMagnitudes[f])
            }
            return scale > 0 ? sum.magnitude / scale : .infinity
        }
    }

    /// Largest `cellOpenness` over the cells: zero (to round-off) when every cell is closed.
    public var maxCellOpenness: Double { cellOpenness.max() ?? 0 }

    /// A generator's mesh, whose faces all have `pointsPerFace` points and whose addressing is
    /// in order by construction; checked with `COURANT_CHECKS`.
    static func generated(
        dimension: Int, points: [Vector3], pointsPerFace: Int, facePoints: [Int], owner: [Int],
        neighbour: [Int], patches: [BoundaryPatch], nCells: Int
    ) -> Mesh {
        let mesh = Mesh(
            dimension: dimension, points: points,
            facePointStart: Array(stride(from: 0, through: facePoints.count, by: pointsPerFace)),
            facePoints: facePoints, owner: owner, neighbour: neighbour, patches: patches,
            nCells: nCells)
        #if COURANT_CHECKS
            mesh.checkInvariants()
        #endif
        return mesh
    }

    /// Stops the program if the addressing or geometry breaks an invariant the solver relies
    /// on: owner < neighbour in upper-triangular order, patches contiguous after the internal
    /// faces, closed cells, positive volumes. Compiled in only with `COURANT_CHECKS`.
    func checkInvariants() {
        for f in 0..<nInternalFaces {
            precondition(owner[f] < neighbour[f], "face \(f): owner \(owner[f]) ≥ neighbour")
            if f > 0 {
                precondition(
                    (owner[f - 1], neighbour[f - 1]) < (owner[f], neighbour[f]),
                    "face \(f): internal faces not in upper-triangular order")
            }
        }
        var next = nInternalFaces
        for patch in patches {
            precondition(patch.start == next, "patch \(patch.name) does not start at face \(next)")
            next += patch.count
        }
        precondition(next == nFaces, "patches do not cover the boundary faces")
        precondition(maxCellOpenness < 1e-8, "a cell is not closed: \(maxCellOpenness)")
        precondition(cellVolumes.allSatisfy { $0 > 0 }, "a cell has non-positive volume")
    }
}
