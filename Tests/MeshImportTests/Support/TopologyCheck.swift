import FiniteVolume

/// An independent check, written plainly, that each cell of a description is closed: every
/// edge of its faces (3-D) or every point of its edges (2-D) is used exactly twice.
enum TopologyCheck {
    /// The cells that are not closed.
    static func unclosedCells(_ mesh: MeshDescription) -> [Int] {
        var uses = [[String: Int]](repeating: [:], count: mesh.nCells)
        for (f, points) in mesh.faces.enumerated() {
            var items: [String] = []
            if mesh.dimension == 2 {
                items = points.map { "\($0)" }
            } else {
                for i in points.indices {
                    let a = points[i], b = points[(i + 1) % points.count]
                    items.append("\(min(a, b))-\(max(a, b))")
                }
            }
            for cell in [mesh.owner[f], mesh.neighbour[f]] where cell >= 0 {
                for item in items { uses[cell][item, default: 0] += 1 }
            }
        }
        return uses.indices.filter { c in uses[c].isEmpty || uses[c].values.contains { $0 != 2 } }
    }
}
