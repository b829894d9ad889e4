extension Mesh {
    /// Largest |Σ_f ±Sf| over cells, relative to the cell's largest |Sf|: zero (to round-off)
    /// when every cell is closed.
    public var maxCellOpenness: Double {
        var sums = [Vector2](repeating: .zero, count: nCells)
        var scale = [Double](repeating: 0, count: nCells)
        for f in 0..<nFaces {
            sums[owner[f]] = sums[owner[f]] + faceAreas[f]
            scale[owner[f]] = max(scale[owner[f]], faceAreaMagnitudes[f])
            if f < nInternalFaces {
                sums[neighbour[f]] = sums[neighbour[f]] - faceAreas[f]
                scale[neighbour[f]] = max(scale[neighbour[f]], faceAreaMagnitudes[f])
            }
        }
        return (0..<nCells).map { sums[$0].magnitude / scale[$0] }.max() ?? 0
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
        precondition(maxCellOpenness < 1e-10, "a cell is not closed: \(maxCellOpenness)")
        precondition(cellVolumes.allSatisfy { $0 > 0 }, "a cell has non-positive volume")
    }
}
