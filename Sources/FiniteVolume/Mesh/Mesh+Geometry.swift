extension Mesh {
    /// Face midpoints and area vectors Sf = (Δy, −Δx) for a face a → b: outward for a cell on
    /// the left of a → b (counter-clockwise cell boundary).
    static func faceGeometry(points: [Vector2], facePoints: [(Int, Int)])
        -> (centres: [Vector2], areas: [Vector2])
    {
        var centres = [Vector2]()
        var areas = [Vector2]()
        centres.reserveCapacity(facePoints.count)
        areas.reserveCapacity(facePoints.count)
        for (a, b) in facePoints {
            let pa = points[a]
            let pb = points[b]
            centres.append(0.5 * (pa + pb))
            areas.append(Vector2(pb.y - pa.y, pa.x - pb.x))
        }
        return (centres, areas)
    }

    /// Polygon areas and centroids from the faces alone.
    ///
    /// Each cell is split into triangles (x̃, a, b), one per face, around x̃ = mean of its face
    /// centres; a triangle's area is ½·(x_f − x̃)·Sf_out and its centroid (x̃ + a + b)/3 =
    /// (x̃ + 2·x_f)/3. V = Σ areas, x_C = Σ area·centroid / V. Exact for any simple polygon that
    /// is star-shaped about x̃.
    static func cellGeometry(
        nCells: Int, owner: [Int], neighbour: [Int], faceCentres: [Vector2], faceAreas: [Vector2]
    ) -> (centres: [Vector2], volumes: [Double]) {
        var estimate = [Vector2](repeating: .zero, count: nCells)
        var faceCount = [Int](repeating: 0, count: nCells)
        for f in owner.indices {
            estimate[owner[f]] = estimate[owner[f]] + faceCentres[f]
            faceCount[owner[f]] += 1
        }
        for f in neighbour.indices {
            estimate[neighbour[f]] = estimate[neighbour[f]] + faceCentres[f]
            faceCount[neighbour[f]] += 1
        }
        for c in 0..<nCells { estimate[c] = (1.0 / Double(max(faceCount[c], 1))) * estimate[c] }

        var volumes = [Double](repeating: 0, count: nCells)
        var moments = [Vector2](repeating: .zero, count: nCells)
        func addTriangle(cell: Int, face: Int, outward: Vector2) {
            let area = 0.5 * (faceCentres[face] - estimate[cell]).dot(outward)
            let centroid = (1.0 / 3.0) * (estimate[cell] + 2.0 * faceCentres[face])
            volumes[cell] += area
            moments[cell] = moments[cell] + area * centroid
        }
        for f in owner.indices {
            addTriangle(cell: owner[f], face: f, outward: faceAreas[f])
        }
        for f in neighbour.indices {
            addTriangle(cell: neighbour[f], face: f, outward: -1.0 * faceAreas[f])
        }
        let centres = (0..<nCells).map { (1.0 / volumes[$0]) * moments[$0] }
        return (centres, volumes)
    }

    /// Interpolation weights and delta coefficients, measured along the face normal so that
    /// the two-point normal gradient (φ_N − φ_P)·δ is exact for linear φ on orthogonal meshes.
    static func interpolationFactors(
        owner: [Int], neighbour: [Int], cellCentres: [Vector2], faceCentres: [Vector2],
        faceAreas: [Vector2]
    ) -> (weights: [Double], deltaCoefficients: [Double]) {
        var weights = [Double](repeating: 0.5, count: neighbour.count)
        var deltas = [Double](repeating: 0, count: owner.count)
        for f in owner.indices {
            let normal = (1.0 / faceAreas[f].magnitude) * faceAreas[f]
            let ownerDistance = (faceCentres[f] - cellCentres[owner[f]]).dot(normal)
            if f < neighbour.count {
                let neighbourDistance = (cellCentres[neighbour[f]] - faceCentres[f]).dot(normal)
                weights[f] = neighbourDistance / (ownerDistance + neighbourDistance)
                deltas[f] = 1.0 / (ownerDistance + neighbourDistance)
            } else {
                deltas[f] = 1.0 / ownerDistance
            }
        }
        return (weights, deltas)
    }
}
