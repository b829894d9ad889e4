import FiniteVolume

/// Builds `MeshDescription`s for tests the way a mesh reader does: from cells given as lists of
/// faces (point lists, either orientation), matching shared faces by their point sets; faces
/// used by one cell become boundary faces in the zone `zone(faceCentre)` names.
public struct CellMeshBuilder {
    /// Point coordinates, m.
    public var points: [Vector3]
    /// Each cell's faces as point lists.
    public var cells: [[[Int]]] = []

    /// A builder with the given points and no cells yet.
    public init(points: [Vector3]) {
        self.points = points
    }

    /// The four triangles of tetrahedron a, b, c, d.
    public static func tetrahedron(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> [[Int]] {
        [[a, b, c], [a, b, d], [a, c, d], [b, c, d]]
    }

    /// The six quadrilaterals of a hexahedron: bottom loop p0…p3, top loop p4…p7 above it.
    public static func hexahedron(_ p: [Int]) -> [[Int]] {
        [
            [p[0], p[1], p[2], p[3]], [p[4], p[5], p[6], p[7]], [p[0], p[1], p[5], p[4]],
            [p[1], p[2], p[6], p[5]], [p[2], p[3], p[7], p[6]], [p[3], p[0], p[4], p[7]],
        ]
    }

    /// The five faces of a prism: bottom triangle a, b, c and top triangle d, e, f above it.
    public static func prism(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int, _ f: Int) -> [[Int]]
    {
        [[a, b, c], [d, e, f], [a, b, e, d], [b, c, f, e], [c, a, d, f]]
    }

    /// The five faces of a pyramid: base loop a, b, c, d and apex e.
    public static func pyramid(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int) -> [[Int]] {
        [[a, b, c, d], [a, b, e], [b, c, e], [c, d, e], [d, a, e]]
    }

    /// The description: faces in order of first appearance, owner the first cell that lists
    /// the face, zones in order of first appearance.
    ///
    /// - Parameter dimension: 3, or 2 for cells given as edges (two-point faces) in z = 0.
    public func description(
        dimension: Int = 3, zone: (Vector3) -> String = { _ in "walls" }
    ) -> MeshDescription {
        var faces = [[Int]]()
        var owner = [Int]()
        var neighbour = [Int]()
        var index = [[Int]: Int]()
        for (c, cell) in cells.enumerated() {
            for face in cell {
                if let f = index[face.sorted()] {
                    neighbour[f] = c
                } else {
                    index[face.sorted()] = faces.count
                    faces.append(face)
                    owner.append(c)
                    neighbour.append(-1)
                }
            }
        }
        var zones = [String]()
        let faceZone = faces.indices.map { f -> Int in
            guard neighbour[f] < 0 else { return -1 }
            let centre =
                (1 / Double(faces[f].count)) * faces[f].reduce(Vector3.zero) { $0 + points[$1] }
            let name = zone(centre)
            if let z = zones.firstIndex(of: name) { return z }
            zones.append(name)
            return zones.count - 1
        }
        return MeshDescription(
            dimension: dimension, points: points, faces: faces, owner: owner, neighbour: neighbour,
            faceZone: faceZone, zones: zones.map { MeshDescription.Zone(name: $0) },
            nCells: cells.count)
    }

    /// The three edges of triangle a, b, c (a plane cell).
    public static func triangle(_ a: Int, _ b: Int, _ c: Int) -> [[Int]] {
        [[a, b], [b, c], [c, a]]
    }

    /// The rectangle [0, lx] × [0, ly] cut into nx × ny quadrilaterals, each split into two
    /// triangles along a diagonal that alternates from one quadrilateral to the next, so that
    /// no face is orthogonal to the line between the cell centres it joins on the diagonals.
    public static func triangulatedRectangle(nx: Int, ny: Int, lx: Double, ly: Double)
        -> CellMeshBuilder
    {
        let point = { (i: Int, j: Int) in j * (nx + 1) + i }
        var builder = CellMeshBuilder(points: [])
        for j in 0...ny {
            for i in 0...nx {
                builder.points.append(
                    Vector3(lx * Double(i) / Double(nx), ly * Double(j) / Double(ny), 0))
            }
        }
        for j in 0..<ny {
            for i in 0..<nx {
                let (a, b, c, d) = (
                    point(i, j), point(i + 1, j), point(i + 1, j + 1), point(i, j + 1)
                )
                if (i + j) % 2 == 0 {
                    builder.cells += [triangle(a, b, c), triangle(a, c, d)]
                } else {
                    builder.cells += [triangle(a, b, d), triangle(b, c, d)]
                }
            }
        }
        return builder
    }

    /// A box [0, size] cut into n × n × n hexahedral blocks, each split into six tetrahedra
    /// around its main diagonal (Kuhn), so neighbouring blocks' faces match.
    public static func tetrahedralBox(n: Int, size: Vector3) -> CellMeshBuilder {
        tetrahedralBox(nx: n, ny: n, nz: n, size: size)
    }

    /// A box [0, size] cut into nx × ny × nz hexahedral blocks, each split into six tetrahedra
    /// around its main diagonal (Kuhn), so neighbouring blocks' faces match.
    public static func tetrahedralBox(nx: Int, ny: Int, nz: Int, size: Vector3)
        -> CellMeshBuilder
    {
        let point = { (i: Int, j: Int, k: Int) in (k * (ny + 1) + j) * (nx + 1) + i }
        var builder = CellMeshBuilder(points: [])
        for k in 0...nz {
            for j in 0...ny {
                for i in 0...nx {
                    builder.points.append(
                        Vector3(
                            size.x * Double(i) / Double(nx), size.y * Double(j) / Double(ny),
                            size.z * Double(k) / Double(nz)))
                }
            }
        }
        let steps = [(1, 0, 0), (0, 1, 0), (0, 0, 1)]
        let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        for k in 0..<nz {
            for j in 0..<ny {
                for i in 0..<nx {
                    for order in orders {
                        var (a, b, c) = (i, j, k)
                        var path = [point(a, b, c)]
                        for axis in order.prefix(2) {
                            a += steps[axis].0
                            b += steps[axis].1
                            c += steps[axis].2
                            path.append(point(a, b, c))
                        }
                        builder.cells.append(
                            tetrahedron(path[0], path[1], path[2], point(i + 1, j + 1, k + 1)))
                    }
                }
            }
        }
        return builder
    }
}
