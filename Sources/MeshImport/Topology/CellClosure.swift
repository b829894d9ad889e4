/// The topological check that every cell is closed by its faces: in 3-D each edge of a cell's
/// faces is used by exactly two of them (a closed polyhedral surface), in 2-D each point of its
/// edge faces by exactly two. Geometry is not needed, so an unclosed cell is named before any
/// volume is computed from it.
enum CellClosure {
    /// Fails with a one-line error naming the first cell that is not closed, the first face with a
    /// repeated point, or a cell with too few faces. `cellName` turns a 0-based cell index into
    /// the file's own name for it.
    static func check(
        faces: [[Int]], owner: [Int], neighbour: [Int], nCells: Int, dimension: Int,
        fileName: String, cellName: (Int) -> String
    ) throws(MeshImportError) {
        // Cell-to-face addressing, CSR: faces of cell c are cellFaces[start[c]..<start[c + 1]].
        var start = [Int](repeating: 0, count: nCells + 1)
        for f in faces.indices {
            start[owner[f] + 1] += 1
            if neighbour[f] >= 0 { start[neighbour[f] + 1] += 1 }
        }
        for c in 0..<nCells { start[c + 1] += start[c] }
        var next = start
        var cellFaces = [Int](repeating: 0, count: start[nCells])
        for f in faces.indices {
            cellFaces[next[owner[f]]] = f
            next[owner[f]] += 1
            if neighbour[f] >= 0 {
                cellFaces[next[neighbour[f]]] = f
                next[neighbour[f]] += 1
            }
        }
        let minimumFaces = dimension == 3 ? 4 : 3
        var items: [Int] = []
        for c in 0..<nCells {
            let count = start[c + 1] - start[c]
            guard count >= minimumFaces else {
                throw MeshImportError(
                    file: fileName, place: .file,
                    message: "\(cellName(c)) has \(count) faces; a closed "
                        + (dimension == 3 ? "cell needs at least 4" : "2-D cell needs at least 3"))
            }
            items.removeAll(keepingCapacity: true)
            for k in start[c]..<start[c + 1] {
                let points = faces[cellFaces[k]]
                if dimension == 2 {
                    items.append(contentsOf: points)
                    continue
                }
                for i in points.indices {
                    let p = points[i]
                    let q = points[i + 1 == points.count ? 0 : i + 1]
                    guard p != q else {
                        throw MeshImportError(
                            file: fileName, place: .file,
                            message: "a face of \(cellName(c)) repeats point \(p + 1)")
                    }
                    items.append(min(p, q) << 32 | max(p, q))
                }
            }
            items.sort()
            var i = 0
            while i < items.count {
                var j = i + 1
                while j < items.count, items[j] == items[i] { j += 1 }
                guard j - i == 2 else {
                    let what =
                        dimension == 3
                        ? "edge \((items[i] >> 32) + 1)-\((items[i] & 0xFFFF_FFFF) + 1)"
                        : "point \(items[i] + 1)"
                    throw MeshImportError(
                        file: fileName, place: .file,
                        message: "\(cellName(c)) is not closed: its faces use \(what) "
                            + "\(j - i) time\(j - i == 1 ? "" : "s") "
                            + "(a closed cell uses each twice)"
                    )
                }
                i = j
            }
        }
    }
}
