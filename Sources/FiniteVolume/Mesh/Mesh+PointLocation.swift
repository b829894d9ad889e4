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

    /// The boundary faces of `cell` that `point` lies on: none for a point inside the cell,
    /// one on a boundary edge, two at a domain corner.
    ///
    /// x lies on face f when it is on the face's line, |(x − x_f)·Sf| ≤ ε·|Sf|², and within
    /// its length, |(x − x_f)·t_f| ≤ (½ + ε)·|Sf|² with t_f = Sf rotated by 90° (in 2-D |Sf| is
    /// the face's length).
    public func boundaryFaces(of cell: Int, through point: Vector2, cellFaces: [[Int]]) -> [Int] {
        cellFaces[cell].filter { f in
            guard f >= nInternalFaces else { return false }
            let offset = point - faceCentres[f]
            let area = faceAreas[f]
            let squared = faceAreaMagnitudes[f] * faceAreaMagnitudes[f]
            let along = offset.dot(Vector2(-area.y, area.x))
            return abs(offset.dot(area)) <= 1e-9 * squared && abs(along) <= (0.5 + 1e-9) * squared
        }
    }
}
