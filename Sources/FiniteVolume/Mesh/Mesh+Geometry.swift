extension Mesh {
    /// Face centroids and area vectors from the point lists.
    ///
    /// 2-D (an edge a → b of unit depth): midpoint, Sf = (Δy, −Δx, 0), outward for a cell on the
    /// left of a → b. 3-D: a triangle directly (centroid, ½·(b − a)×(c − a)); any other polygon is
    /// split into triangles (x_i, x_{i+1}, x̄) around its point average x̄ (OpenFOAM's
    /// `primitiveMeshFaceCentresAndAreas` method): Sf = Σ ½·(x_{i+1} − x_i)×(x̄ − x_i), and the
    /// centre is the mean of the triangle centroids weighted by their areas projected on Sf. Exact
    /// for planar polygons that are star-shaped about x̄; for a warped face, Sf is the area vector
    /// of that triangulated surface, so cells built from such faces still close exactly.
    static func faceGeometry(
        dimension: Int, points: [Vector3], facePointStart: [Int], facePoints: [Int]
    ) -> (centres: [Vector3], areas: [Vector3]) {
        let nFaces = facePointStart.count - 1
        var centres = [Vector3](repeating: .zero, count: nFaces)
        var areas = [Vector3](repeating: .zero, count: nFaces)
        for f in 0..<nFaces {
            let start = facePointStart[f]
            let end = facePointStart[f + 1]
            if dimension == 2 {
                let pa = points[facePoints[start]]
                let pb = points[facePoints[start + 1]]
                centres[f] = 0.5 * (pa + pb)
                areas[f] = Vector3(pb.y - pa.y, pa.x - pb.x, 0)
                continue
            }
            let count = end - start
            if count == 3 {
                let a = points[facePoints[start]]
                let b = points[facePoints[start + 1]]
                let c = points[facePoints[start + 2]]
                centres[f] = (1.0 / 3.0) * (a + b + c)
                areas[f] = 0.5 * (b - a).cross(c - a)
                continue
            }
            var average = Vector3.zero
            for k in start..<end { average = average + points[facePoints[k]] }
            average = (1.0 / Double(count)) * average
            var sumN = Vector3.zero
            for k in start..<end {
                let a = points[facePoints[k]]
                let b = points[facePoints[k + 1 < end ? k + 1 : start]]
                sumN = sumN + (b - a).cross(average - a)
            }
            let magnitude = sumN.magnitude
            let unit = magnitude > 0 ? (1 / magnitude) * sumN : Vector3.zero
            var sumA = 0.0
            var moment = Vector3.zero
            for k in start..<end {
                let a = points[facePoints[k]]
                let b = points[facePoints[k + 1 < end ? k + 1 : start]]
                let projected = (b - a).cross(average - a).dot(unit)
                sumA += projected
                moment = moment + projected * (a + b + average)
            }
            centres[f] = abs(sumA) > 0 ? (1 / (3 * sumA)) * moment : average
            areas[f] = 0.5 * sumN
        }
        return (centres, areas)
    }

    /// Each cell's faces, internal and boundary, in increasing face order (CSR layout as on
    /// `cellFaceStart`/`cellFaces`).
    static func cellFaceAddressing(nCells: Int, owner: [Int], neighbour: [Int])
        -> (start: [Int], faces: [Int])
    {
        var start = [Int](repeating: 0, count: nCells + 1)
        for c in owner { start[c + 1] += 1 }
        for c in neighbour { start[c + 1] += 1 }
        for c in 0..<nCells { start[c + 1] += start[c] }
        var fill = start
        var faces = [Int](repeating: 0, count: owner.count + neighbour.count)
        for f in owner.indices {
            faces[fill[owner[f]]] = f
            fill[owner[f]] += 1
            if f < neighbour.count {
                faces[fill[neighbour[f]]] = f
                fill[neighbour[f]] += 1
            }
        }
        return (start, faces)
    }

    /// Cell volumes and centroids from the faces alone, around x̃ = mean of the cell's face
    /// centres (OpenFOAM's `primitiveMeshCellCentresAndVols` method).
    ///
    /// 3-D: one pyramid per face with apex x̃, volume ⅓·Sf_out·(x_f − x̃) and centroid
    /// ¾·x_f + ¼·x̃. 2-D: one triangle per edge, area ½·Sf_out·(x_f − x̃) and centroid
    /// (x̃ + 2·x_f)/3. V = Σ parts, x_C = Σ part·centroid / V. Exact for any cell star-shaped
    /// about x̃ with planar faces.
    static func cellGeometry(
        dimension: Int, nCells: Int, owner: [Int], cellFaceStart: [Int], cellFaces: [Int],
        faceCentres: [Vector3], faceAreas: [Vector3]
    ) -> (centres: [Vector3], volumes: [Double]) {
        var centres = [Vector3](repeating: .zero, count: nCells)
        var volumes = [Double](repeating: 0, count: nCells)
        let (share, apexWeight, faceWeight) =
            dimension == 2 ? (0.5, 1.0 / 3.0, 2.0 / 3.0) : (1.0 / 3.0, 0.25, 0.75)
        for c in 0..<nCells {
            let range = cellFaceStart[c]..<cellFaceStart[c + 1]
            // Owned faces first, then the others: the summation order of the 2-D code this
            // replaced, so plane meshes keep their geometry to the last bit.
            var estimate = Vector3.zero
            for owned in [true, false] {
                for k in range where (owner[cellFaces[k]] == c) == owned {
                    estimate = estimate + faceCentres[cellFaces[k]]
                }
            }
            estimate = (1.0 / Double(max(range.count, 1))) * estimate
            var volume = 0.0
            var moment = Vector3.zero
            for owned in [true, false] {
                for k in range where (owner[cellFaces[k]] == c) == owned {
                    let f = cellFaces[k]
                    let outward = owned ? faceAreas[f] : -1.0 * faceAreas[f]
                    let part = share * (faceCentres[f] - estimate).dot(outward)
                    let centroid =
                        dimension == 2
                        ? apexWeight * (estimate + 2.0 * faceCentres[f])
                        : apexWeight * estimate + faceWeight * faceCentres[f]
                    volume += part
                    moment = moment + part * centroid
                }
            }
            volumes[c] = volume
            centres[c] = volume != 0 ? (1.0 / volume) * moment : estimate
        }
        return (centres, volumes)
    }

    /// Interpolation weights, delta coefficients and non-orthogonal correction vectors, measured
    /// along the face normal so that the two-point normal gradient (φ_N − φ_P)·δ is exact for
    /// linear φ on orthogonal meshes, and δ·(φ_N − φ_P) + k·∇φ on any mesh.
    static func interpolationFactors(
        owner: [Int], neighbour: [Int], cellCentres: [Vector3], faceCentres: [Vector3],
        faceAreas: [Vector3]
    ) -> (
        weights: [Double], deltaCoefficients: [Double], nonOrthogonalFaces: [Int],
        corrections: [Vector3]
    ) {
        var weights = [Double](repeating: 0.5, count: neighbour.count)
        var deltas = [Double](repeating: 0, count: owner.count)
        var nonOrthogonalFaces = [Int]()
        var corrections = [Vector3]()
        for f in owner.indices {
            let normal = (1.0 / faceAreas[f].magnitude) * faceAreas[f]
            let ownerCentre = cellCentres[owner[f]]
            let d: Vector3
            let normalDistance: Double
            if f < neighbour.count {
                let ownerDistance = abs((faceCentres[f] - ownerCentre).dot(normal))
                let neighbourDistance = abs(
                    (cellCentres[neighbour[f]] - faceCentres[f]).dot(normal))
                weights[f] = neighbourDistance / (ownerDistance + neighbourDistance)
                d = cellCentres[neighbour[f]] - ownerCentre
                normalDistance = ownerDistance + neighbourDistance
            } else {
                d = faceCentres[f] - ownerCentre
                normalDistance = d.dot(normal)
            }
            let delta = 1.0 / max(normalDistance, 0.05 * d.magnitude)
            deltas[f] = delta
            let k = normal - delta * d
            if k.magnitude > 1e-10 {
                nonOrthogonalFaces.append(f)
                corrections.append(k)
            }
        }
        return (weights, deltas, nonOrthogonalFaces, corrections)
    }

    /// The skewed internal faces and their vectors x_f − (w·x_P + (1 − w)·x_N) (see
    /// `Mesh.skewedFaces`).
    static func skewness(
        owner: [Int], neighbour: [Int], weights: [Double], cellCentres: [Vector3],
        faceCentres: [Vector3]
    ) -> (faces: [Int], vectors: [Vector3]) {
        var faces = [Int]()
        var vectors = [Vector3]()
        for f in neighbour.indices {
            let p = cellCentres[owner[f]]
            let n = cellCentres[neighbour[f]]
            let offset = faceCentres[f] - (weights[f] * p + (1 - weights[f]) * n)
            if offset.magnitude > 1e-10 * (n - p).magnitude {
                faces.append(f)
                vectors.append(offset)
            }
        }
        return (faces, vectors)
    }
}
