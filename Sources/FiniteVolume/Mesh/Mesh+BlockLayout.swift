import Foundation

extension Mesh {
    /// Errors in a block layout, reported before any mesh is built.
    public enum LayoutError: Error, Equatable, CustomStringConvertible {
        /// Array lengths disagree or a count/grading/edge is not positive and increasing.
        case inconsistent(String)

        /// One-line description.
        public var description: String {
            switch self {
            case .inconsistent(let why): "block layout: \(why)"
            }
        }
    }

    /// Meshes a `BlockLayout` with quadrilaterals: a plane (2-D) mesh of unit depth.
    ///
    /// Cells are numbered row by row (y outer, x inner) over fluid blocks, so east and north
    /// neighbours have larger indices and faces come out in upper-triangular order. Boundary
    /// faces are grouped by patch, patches in order of first appearance scanning sides
    /// left, right, bottom, top. Points of solid blocks are kept but unused.
    public static func blocks(_ layout: BlockLayout) throws -> Mesh {
        try validate(layout)
        let xs = gridLines(edges: layout.xEdges, cells: layout.cellsX, grading: layout.gradingX)
        let ys = gridLines(edges: layout.yEdges, cells: layout.cellsY, grading: layout.gradingY)
        let columnOf = blockIndex(cells: layout.cellsX)
        let rowOf = blockIndex(cells: layout.cellsY)
        let nx = xs.count - 1
        let ny = ys.count - 1
        let pointIndex = { (i: Int, j: Int) in j * (nx + 1) + i }
        var points = [Vector3]()
        points.reserveCapacity((nx + 1) * (ny + 1))
        for j in 0...ny { for i in 0...nx { points.append(Vector3(xs[i], ys[j], 0)) } }

        var cellIndex = [Int](repeating: -1, count: nx * ny)
        var nCells = 0
        for j in 0..<ny {
            for i in 0..<nx where layout.holdsFluid(column: columnOf[i], row: rowOf[j]) {
                cellIndex[j * nx + i] = nCells
                nCells += 1
            }
        }
        let cell = { (i: Int, j: Int) -> Int in
            i >= 0 && i < nx && j >= 0 && j < ny ? cellIndex[j * nx + i] : -1
        }

        var facePoints = [Int]()
        var owner = [Int]()
        var neighbour = [Int]()
        for j in 0..<ny {
            for i in 0..<nx where cell(i, j) >= 0 {
                if cell(i + 1, j) >= 0 {
                    facePoints += [pointIndex(i + 1, j), pointIndex(i + 1, j + 1)]
                    owner.append(cell(i, j))
                    neighbour.append(cell(i + 1, j))
                }
                if cell(i, j + 1) >= 0 {
                    facePoints += [pointIndex(i + 1, j + 1), pointIndex(i, j + 1)]
                    owner.append(cell(i, j))
                    neighbour.append(cell(i, j + 1))
                }
            }
        }

        var patchOrder = [String]()
        var patchFaces = [String: [(owner: Int, points: (Int, Int))]]()
        for side in BlockSide.Side.allCases {
            for j in 0..<ny {
                for i in 0..<nx where cell(i, j) >= 0 {
                    let (di, dj, a, b): (Int, Int, Int, Int) =
                        switch side {
                        case .left: (-1, 0, pointIndex(i, j + 1), pointIndex(i, j))
                        case .right: (1, 0, pointIndex(i + 1, j), pointIndex(i + 1, j + 1))
                        case .bottom: (0, -1, pointIndex(i, j), pointIndex(i + 1, j))
                        case .top: (0, 1, pointIndex(i + 1, j + 1), pointIndex(i, j + 1))
                        }
                    guard cell(i + di, j + dj) < 0 else { continue }
                    let blockSide = BlockSide(column: columnOf[i], row: rowOf[j], side: side)
                    let name = layout.patchNames[blockSide] ?? side.rawValue
                    if patchFaces[name] == nil {
                        patchOrder.append(name)
                        patchFaces[name] = []
                    }
                    patchFaces[name, default: []].append((cell(i, j), (a, b)))
                }
            }
        }
        var patches = [BoundaryPatch]()
        for name in patchOrder {
            let faces = patchFaces[name, default: []]
            patches.append(BoundaryPatch(name: name, start: owner.count, count: faces.count))
            for face in faces {
                facePoints += [face.points.0, face.points.1]
                owner.append(face.owner)
            }
        }
        return generated(
            dimension: 2, points: points, pointsPerFace: 2, facePoints: facePoints, owner: owner,
            neighbour: neighbour, patches: patches, nCells: nCells)
    }

    /// A graded rectangle [0, lx] × [0, ly] with nx × ny cells and patches `left`, `right`,
    /// `bottom`, `top` (renamed through `patchNames`, keyed by side).
    ///
    /// - Parameters:
    ///   - gradingX: last/first cell width ratio along x (1: uniform).
    ///   - gradingY: last/first cell height ratio along y (1: uniform).
    public static func rectangle(
        nx: Int, ny: Int, lx: Double, ly: Double, gradingX: Double = 1, gradingY: Double = 1,
        patchNames: [BlockSide.Side: String] = [:]
    ) throws -> Mesh {
        var layout = BlockLayout(xEdges: [0, lx], yEdges: [0, ly], cellsX: [nx], cellsY: [ny])
        layout.gradingX = [gradingX]
        layout.gradingY = [gradingY]
        for (side, name) in patchNames {
            layout.patchNames[BlockSide(column: 0, row: 0, side: side)] = name
        }
        return try blocks(layout)
    }

    static func validate(_ layout: BlockLayout) throws {
        func increasing(_ a: [Double]) -> Bool { zip(a, a.dropFirst()).allSatisfy { $0 < $1 } }
        guard layout.xEdges.count == layout.nColumns + 1, layout.yEdges.count == layout.nRows + 1
        else { throw LayoutError.inconsistent("need one more edge than blocks in x and y") }
        guard layout.gradingX.count == layout.nColumns, layout.gradingY.count == layout.nRows,
            layout.isFluid.count == layout.nColumns * layout.nRows
        else { throw LayoutError.inconsistent("grading or fluid mask has the wrong length") }
        guard increasing(layout.xEdges), increasing(layout.yEdges) else {
            throw LayoutError.inconsistent("block edges must increase")
        }
        guard (layout.cellsX + layout.cellsY).allSatisfy({ $0 > 0 }),
            (layout.gradingX + layout.gradingY).allSatisfy({ $0 > 0 })
        else { throw LayoutError.inconsistent("cell counts and gradings must be positive") }
    }

    /// Node coordinates along one direction: each block interval split into cells whose sizes
    /// form a geometric series s_k = s_0·r^k with r = grading^(1/(n−1)), Σ s_k = interval.
    static func gridLines(edges: [Double], cells: [Int], grading: [Double]) -> [Double] {
        var lines = [edges[0]]
        for b in cells.indices {
            let n = cells[b]
            let length = edges[b + 1] - edges[b]
            let ratio = n > 1 ? pow(grading[b], 1.0 / Double(n - 1)) : 1
            let sizes = (0..<n).map { pow(ratio, Double($0)) }
            let total = sizes.reduce(0, +)
            var x = edges[b]
            for k in 0..<(n - 1) {
                x += length * sizes[k] / total
                lines.append(x)
            }
            lines.append(edges[b + 1])
        }
        return lines
    }

    /// (nCellsAlong) index of the block that holds each cell line.
    static func blockIndex(cells: [Int]) -> [Int] {
        cells.indices.flatMap { Array(repeating: $0, count: cells[$0]) }
    }
}
