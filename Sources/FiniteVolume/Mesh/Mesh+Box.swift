extension Mesh {
    /// A graded box [0, lx] × [0, ly] × [0, lz] of nx × ny × nz hexahedra, with one patch per
    /// side (`left`/`right` at x = 0/lx, `bottom`/`top` at y, `back`/`front` at z; renamed
    /// through `patchNames`, several sides may share a name and then form one patch).
    ///
    /// Cells are numbered x fastest, then y, then z, so the neighbours across a cell's +x, +y
    /// and +z faces have increasing, larger indices and the internal faces come out in
    /// upper-triangular order. Gradings are last/first cell-size ratios along each axis, as in
    /// `rectangle`.
    public static func box(
        nx: Int, ny: Int, nz: Int, lx: Double, ly: Double, lz: Double,
        gradingX: Double = 1, gradingY: Double = 1, gradingZ: Double = 1,
        patchNames: [BoxSide: String] = [:]
    ) throws -> Mesh {
        guard nx > 0, ny > 0, nz > 0, lx > 0, ly > 0, lz > 0, gradingX > 0, gradingY > 0,
            gradingZ > 0
        else {
            throw LayoutError.inconsistent("box cell counts, lengths and gradings must be positive")
        }
        let xs = gridLines(edges: [0, lx], cells: [nx], grading: [gradingX])
        let ys = gridLines(edges: [0, ly], cells: [ny], grading: [gradingY])
        let zs = gridLines(edges: [0, lz], cells: [nz], grading: [gradingZ])
        let point = { (i: Int, j: Int, k: Int) in (k * (ny + 1) + j) * (nx + 1) + i }
        let cell = { (i: Int, j: Int, k: Int) in (k * ny + j) * nx + i }
        var points = [Vector3]()
        points.reserveCapacity((nx + 1) * (ny + 1) * (nz + 1))
        for k in 0...nz {
            for j in 0...ny { for i in 0...nx { points.append(Vector3(xs[i], ys[j], zs[k])) } }
        }
        let nCells = nx * ny * nz
        let nInternal = (nx - 1) * ny * nz + nx * (ny - 1) * nz + nx * ny * (nz - 1)
        let nBoundary = 2 * (ny * nz + nx * nz + nx * ny)
        var facePoints = [Int]()
        facePoints.reserveCapacity(4 * (nInternal + nBoundary))
        var owner = [Int]()
        owner.reserveCapacity(nInternal + nBoundary)
        var neighbour = [Int]()
        neighbour.reserveCapacity(nInternal)
        // Face quadrilaterals through corner (i, j, k), normal +x, +y or +z by the right-hand
        // rule; a boundary face on the low side of the box is the same quadrilateral reversed.
        func xFace(_ i: Int, _ j: Int, _ k: Int) -> [Int] {
            [point(i, j, k), point(i, j + 1, k), point(i, j + 1, k + 1), point(i, j, k + 1)]
        }
        func yFace(_ i: Int, _ j: Int, _ k: Int) -> [Int] {
            [point(i, j, k), point(i, j, k + 1), point(i + 1, j, k + 1), point(i + 1, j, k)]
        }
        func zFace(_ i: Int, _ j: Int, _ k: Int) -> [Int] {
            [point(i, j, k), point(i + 1, j, k), point(i + 1, j + 1, k), point(i, j + 1, k)]
        }
        for k in 0..<nz {
            for j in 0..<ny {
                for i in 0..<nx {
                    let c = cell(i, j, k)
                    if i + 1 < nx {
                        facePoints += xFace(i + 1, j, k)
                        owner.append(c)
                        neighbour.append(cell(i + 1, j, k))
                    }
                    if j + 1 < ny {
                        facePoints += yFace(i, j + 1, k)
                        owner.append(c)
                        neighbour.append(cell(i, j + 1, k))
                    }
                    if k + 1 < nz {
                        facePoints += zFace(i, j, k + 1)
                        owner.append(c)
                        neighbour.append(cell(i, j, k + 1))
                    }
                }
            }
        }
        var patchOrder = [String]()
        var patchFaces = [String: (points: [Int], owners: [Int])]()
        func add(_ side: BoxSide, _ face: [Int], owner c: Int) {
            let name = patchNames[side] ?? side.rawValue
            if patchFaces[name] == nil {
                patchOrder.append(name)
                patchFaces[name] = ([], [])
            }
            patchFaces[name, default: ([], [])].points += face
            patchFaces[name, default: ([], [])].owners.append(c)
        }
        for k in 0..<nz {
            for j in 0..<ny {
                add(.left, xFace(0, j, k).reversed(), owner: cell(0, j, k))
            }
        }
        for k in 0..<nz {
            for j in 0..<ny { add(.right, xFace(nx, j, k), owner: cell(nx - 1, j, k)) }
        }
        for k in 0..<nz {
            for i in 0..<nx { add(.bottom, yFace(i, 0, k).reversed(), owner: cell(i, 0, k)) }
        }
        for k in 0..<nz {
            for i in 0..<nx { add(.top, yFace(i, ny, k), owner: cell(i, ny - 1, k)) }
        }
        for j in 0..<ny {
            for i in 0..<nx { add(.back, zFace(i, j, 0).reversed(), owner: cell(i, j, 0)) }
        }
        for j in 0..<ny {
            for i in 0..<nx { add(.front, zFace(i, j, nz), owner: cell(i, j, nz - 1)) }
        }
        var patches = [BoundaryPatch]()
        for name in patchOrder {
            let faces = patchFaces[name, default: ([], [])]
            patches.append(BoundaryPatch(name: name, start: owner.count, count: faces.owners.count))
            facePoints += faces.points
            owner += faces.owners
        }
        return generated(
            dimension: 3, points: points, pointsPerFace: 4, facePoints: facePoints, owner: owner,
            neighbour: neighbour, patches: patches, nCells: nCells)
    }
}
