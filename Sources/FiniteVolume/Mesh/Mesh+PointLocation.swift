extension Mesh {
    /// The first cell whose (convex) polygon or polyhedron contains `point`, boundary included,
    /// or nil when the point lies outside the mesh. Tests every cell: O(nCells) per point.
    ///
    /// x is inside cell C when (x − x_f)·Sf_out ≤ ε·|Sf|·ℓ_f for every face f of C, ℓ_f the face's
    /// size (|Sf| in 2-D, where it is a length; √|Sf| in 3-D) and ε = 1e-9. A 2-D mesh ignores z.
    public func cell(containing point: Vector3) -> Int? {
        let point = dimension == 2 ? Vector3(point.x, point.y, 0) : point
        for c in 0..<nCells {
            var inside = true
            for f in faces(ofCell: c) {
                let size =
                    dimension == 2 ? faceAreaMagnitudes[f] : faceAreaMagnitudes[f].squareRoot()
                if (point - faceCentres[f]).dot(outwardArea(face: f, cell: c))
                    > 1e-9 * faceAreaMagnitudes[f] * size
                {
                    inside = false
                    break
                }
            }
            if inside { return c }
        }
        return nil
    }

    /// The boundary faces of `cell` that `point` lies on: none for a point inside the cell,
    /// one on a boundary face, two or more on an edge or corner of the domain.
    ///
    /// x lies on face f when it is in the face's plane, |(x − x_f)·n̂| ≤ ε·ℓ_f, and within its
    /// outline: in 2-D within half the edge's length of its centre, in 3-D on the inner side of
    /// every edge a → b, ((b − a)×(x − a))·n̂ ≥ −ε·ℓ_f² (convex faces), with ℓ_f and ε as in
    /// `cell(containing:)`.
    public func boundaryFaces(of cell: Int, through point: Vector3) -> [Int] {
        let point = dimension == 2 ? Vector3(point.x, point.y, 0) : point
        return faces(ofCell: cell).filter { f in
            guard f >= nInternalFaces else { return false }
            let offset = point - faceCentres[f]
            let area = faceAreas[f]
            let magnitude = faceAreaMagnitudes[f]
            if dimension == 2 {
                let squared = magnitude * magnitude
                let along = offset.dot(Vector3(-area.y, area.x, 0))
                return abs(offset.dot(area)) <= 1e-9 * squared
                    && abs(along) <= (0.5 + 1e-9) * squared
            }
            let size = magnitude.squareRoot()
            let unit = (1 / magnitude) * area
            guard abs(offset.dot(unit)) <= 1e-9 * size else { return false }
            let loop = points(ofFace: f)
            for (k, a) in loop.enumerated() {
                let b = loop[loop.startIndex + (k + 1) % loop.count]
                let edge = points[b] - points[a]
                if edge.cross(point - points[a]).dot(unit) < -1e-9 * size * size { return false }
            }
            return true
        }
    }
}
