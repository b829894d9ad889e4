extension Mesh {
    /// (nCells) each 2-D cell's vertices in counter-clockwise order, chained from its edges
    /// (owner faces run a → b, neighbour faces b → a around the cell). Plane meshes only: a
    /// 3-D cell has no single loop of points.
    public func cellPoints() -> [[Int]] {
        precondition(dimension == 2, "cellPoints() is defined for plane meshes only")
        var next = [[Int: Int]](repeating: [:], count: nCells)
        for f in 0..<nFaces {
            let a = facePoints[facePointStart[f]]
            let b = facePoints[facePointStart[f] + 1]
            next[owner[f]][a] = b
            if f < nInternalFaces { next[neighbour[f]][b] = a }
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

    /// The distinct points of cell `cell`, in order of first appearance over its faces.
    public func points(ofCell cell: Int) -> [Int] {
        var seen = Set<Int>()
        var list = [Int]()
        for f in faces(ofCell: cell) {
            for p in points(ofFace: f) where seen.insert(p).inserted { list.append(p) }
        }
        return list
    }
}
