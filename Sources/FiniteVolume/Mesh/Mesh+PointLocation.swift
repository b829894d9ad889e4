extension Mesh {
    /// (nCells) the faces bounding each cell, internal and boundary, in face order.
    public func cellFaces() -> [[Int]] {
        var faces = [[Int]](repeating: [], count: nCells)
        for f in 0..<nFaces {
            faces[owner[f]].append(f)
            if f < nInternalFaces { faces[neighbour[f]].append(f) }
        }
        return faces
    }

    /// The first cell whose (convex) polygon contains `point`, boundary included, or nil when
    /// the point lies outside the mesh. Tests every cell: O(nCells) per point.
    ///
    /// A point x is inside cell C when (x − x_f)·Sf_out ≤ ε·|Sf|² for every face f of C.
    public func cell(containing point: Vector2, cellFaces: [[Int]]) -> Int? {
        for c in 0..<nCells {
            let inside = cellFaces[c].allSatisfy { f in
                let outward = owner[f] == c ? faceAreas[f] : -1.0 * faceAreas[f]
                return (point - faceCentres[f]).dot(outward)
                    <= 1e-9 * faceAreaMagnitudes[f] * faceAreaMagnitudes[f]
            }
            if inside { return c }
        }
        return nil
    }
}
