extension Mesh {
    /// (nCells) each cell's vertices in counter-clockwise order, chained from its faces
    /// (owner faces run a → b, neighbour faces b → a around the cell).
    public func cellPoints() -> [[Int]] {
        var next = [[Int: Int]](repeating: [:], count: nCells)
        for f in 0..<nFaces {
            next[owner[f]][facePointA[f]] = facePointB[f]
            if f < nInternalFaces { next[neighbour[f]][facePointB[f]] = facePointA[f] }
        }
        return next.map { links in
            guard let first = links.keys.min() else { return [] }
            var loop = [first]
            var point = links[first] ?? first
            while point != first && loop.count < links.count {
                loop.append(point)
                point = links[point] ?? first
            }
            return loop
        }
    }
}
