extension Mesh {
    /// (nCells) the distance from each cell centre to the nearest of `wallFaces` (m): the
    /// solution d(x) = min_w |x − w| of the eikonal equation |∇d| = 1 with d = 0 on the walls,
    /// computed on any mesh by front propagation (OpenFOAM's `meshWave`): every wall-adjacent
    /// cell starts with its own nearest wall face, then each cell repeatedly offers its nearest
    /// wall face to its neighbours across internal faces, which keep it when it is nearer than
    /// theirs (exact point-to-face distances, `distance(from:toFace:)`). Sweeps alternate
    /// between increasing and decreasing face order and stop when a sweep changes nothing; then
    /// each cell's face is improved by a descent over neighbouring wall faces
    /// (`descendAlongWalls`).
    ///
    /// With no wall faces every distance is `Double.infinity`.
    ///
    /// - Parameter wallFaces: boundary face indices (≥ nInternalFaces) of the walls.
    public func wallDistance(wallFaces: [Int]) -> [Double] {
        var distance = [Double](repeating: .infinity, count: nCells)
        var nearest = [Int](repeating: -1, count: nCells)
        for face in wallFaces {
            let cell = owner[face]
            let d = self.distance(from: cellCentres[cell], toFace: face)
            if d < distance[cell] {
                distance[cell] = d
                nearest[cell] = face
            }
        }
        guard !wallFaces.isEmpty else { return distance }
        /// Offers `from`'s nearest wall face to `to`; true when `to` takes it.
        func offer(_ from: Int, _ to: Int) -> Bool {
            let face = nearest[from]
            guard face >= 0, face != nearest[to] else { return false }
            let d = self.distance(from: cellCentres[to], toFace: face)
            guard d < distance[to] * (1 - 1e-12) else { return false }
            distance[to] = d
            nearest[to] = face
            return true
        }
        var forward = true
        var changed = true
        while changed {
            changed = false
            let faces =
                forward
                ? stride(from: 0, to: nInternalFaces, by: 1)
                : stride(from: nInternalFaces - 1, to: -1, by: -1)
            for f in faces {
                let a = owner[f]
                let b = neighbour[f]
                if offer(a, b) { changed = true }
                if offer(b, a) { changed = true }
            }
            forward.toggle()
        }
        descendAlongWalls(wallFaces, nearest: &nearest, distance: &distance)
        return distance
    }

    /// Front propagation can hand a cell a wall face that is not its nearest (the nearest one's
    /// front arrived later and lost to a neighbour's); this walks from each cell's face to any
    /// wall face sharing a point with it that is nearer, until none is, which finds the nearest
    /// face wherever the distance along the wall has a single minimum (smooth walls).
    func descendAlongWalls(_ wallFaces: [Int], nearest: inout [Int], distance: inout [Double]) {
        var facesOfPoint = [Int: [Int]]()
        for face in wallFaces {
            for i in facePointStart[face]..<facePointStart[face + 1] {
                facesOfPoint[facePoints[i], default: []].append(face)
            }
        }
        for cell in 0..<nCells where nearest[cell] >= 0 {
            var improved = true
            while improved {
                improved = false
                let current = nearest[cell]
                for i in facePointStart[current]..<facePointStart[current + 1] {
                    for face in facesOfPoint[facePoints[i]] ?? [] where face != nearest[cell] {
                        let d = self.distance(from: cellCentres[cell], toFace: face)
                        if d < distance[cell] * (1 - 1e-12) {
                            distance[cell] = d
                            nearest[cell] = face
                            improved = true
                        }
                    }
                }
            }
        }
    }
}
