import FiniteVolume

/// One algebraic-multigrid cycle on a fixed matrix: the preconditioner M⁻¹ of conjugate
/// gradients and the step of `MultigridSolver`. Zero initial guess, one forward Gauss-Seidel
/// sweep before and one backward sweep after each coarse-grid correction (adjoint pairs, so M
/// stays symmetric for a symmetric A), additive (piecewise-constant) restriction and
/// prolongation, exact LU on the coarsest level. The coarse-grid problem is solved by one
/// cycle of the next level (V-cycle) or, for symmetric matrices, by up to two flexible-CG
/// steps preconditioned by it (K-cycle, Notay & Vassilevski 2008), which keeps the number of
/// outer iterations independent of the mesh size. The hierarchy's structure is fixed; `init`
/// only refreshes the coefficients on it. Work vectors are allocated once per matrix.
struct MultigridCycle {
    /// How each coarse-grid problem is solved.
    let kind: MultigridCycleKind
    /// Matrices per level, the mesh level first.
    let matrices: [FVMatrix]
    /// LDU structure per level (the mesh first).
    let structures: [(owner: [Int], neighbour: [Int], addressing: LDUAddressing)]
    /// Off-diagonal coefficients per level in compressed-row order, for the smoother.
    let rowValues: [[Double]]
    /// (nCells) 1/aP per level, for the smoother.
    let inverseDiagonals: [[Double]]
    /// Cell maps from each level to the next coarser one.
    let coarseCells: [[Int]]
    /// Factorised coarsest matrix, nil if singular (then Gauss-Seidel sweeps stand in).
    let coarsest: DenseLU?
    /// (nCells) per level: right-hand side, solution and residual work vectors.
    var rhs: [[Double]]
    var solution: [[Double]]
    var residual: [[Double]]
    /// (nCells) per level, K-cycle only (empty otherwise): the level's right-hand side, the
    /// first and second preconditioned directions c₁, c₂ and their products A·c₁, A·c₂.
    var krylovRhs: [[Double]]
    var firstDirection: [[Double]]
    var firstProduct: [[Double]]
    var secondProduct: [[Double]]

    /// The hierarchy's coarse matrices for `matrix` on `mesh`.
    init(
        matrix: FVMatrix, hierarchy: AgglomerationHierarchy, mesh: Mesh,
        kind: MultigridCycleKind = .v
    ) {
        self.kind = kind
        var matrices = [matrix]
        var structures = [
            (
                owner: hierarchy.meshOwner, neighbour: mesh.neighbour,
                addressing: mesh.addressing
            )
        ]
        var fineOwner = hierarchy.meshOwner
        for level in hierarchy.levels {
            matrices.append(level.coarsen(matrices[matrices.count - 1], fineOwner: fineOwner))
            structures.append((level.owner, level.neighbour, level.addressing))
            fineOwner = level.owner
        }
        self.matrices = matrices
        self.structures = structures
        self.coarseCells = hierarchy.levels.map(\.coarseCell)
        self.inverseDiagonals = matrices.map { $0.diag.map { 1 / $0 } }
        self.rowValues = zip(matrices, structures).map {
            GaussSeidel.rowValues($0, addressing: $1.addressing)
        }
        let last = matrices[matrices.count - 1]
        let n = last.diag.count
        var dense = [Double](repeating: 0, count: n * n)
        let structure = structures[structures.count - 1]
        for c in 0..<n { dense[c * n + c] = last.diag[c] }
        for f in structure.owner.indices {
            dense[structure.owner[f] * n + structure.neighbour[f]] += last.upper[f]
            dense[structure.neighbour[f] * n + structure.owner[f]] += last.lower[f]
        }
        self.coarsest = DenseLU(dense, n: n)
        let zeros = matrices.map { [Double](repeating: 0, count: $0.diag.count) }
        self.rhs = zeros
        self.solution = zeros
        self.residual = zeros
        let krylov = kind == .k ? zeros : []
        self.krylovRhs = krylov
        self.firstDirection = krylov
        self.firstProduct = krylov
        self.secondProduct = krylov
    }

    /// z = M⁻¹·r: one cycle with right-hand side r (nCells of the mesh).
    mutating func apply(_ r: [Double]) -> [Double] {
        rhs[0] = r
        cycle(level: 0)
        return solution[0]
    }

    /// One cycle from `level` down: solves approximately A_l·x = rhs[l] into solution[l].
    mutating func cycle(level: Int) {
        let last = matrices.count - 1
        if level == last, let lu = coarsest {
            solution[level] = lu.solve(rhs[level])
            return
        }
        let addressing = structures[level].addressing
        let count = rhs[level].count
        solution[level].withUnsafeMutableBufferPointer { x in x.update(repeating: 0) }
        GaussSeidel.sweep(
            source: rhs[level], offDiagonal: rowValues[level],
            inverseDiagonal: inverseDiagonals[level], &solution[level], addressing: addressing,
            omega: 1, order: .forward)
        guard level < last else { return }
        matrices[level].multiply(
            solution[level], into: &residual[level], owner: structures[level].owner,
            neighbour: structures[level].neighbour)
        let map = coarseCells[level]
        rhs[level + 1].withUnsafeMutableBufferPointer { coarse in coarse.update(repeating: 0) }
        map.withUnsafeBufferPointer { map in
            rhs[level].withUnsafeBufferPointer { b in
                residual[level].withUnsafeBufferPointer { ax in
                    rhs[level + 1].withUnsafeMutableBufferPointer { coarse in
                        for c in 0..<count { coarse[map[c]] += b[c] - ax[c] }
                    }
                }
            }
        }
        if kind == .k && level + 1 < last {
            krylovStep(level: level + 1)
        } else {
            cycle(level: level + 1)
        }
        map.withUnsafeBufferPointer { map in
            solution[level + 1].withUnsafeBufferPointer { correction in
                solution[level].withUnsafeMutableBufferPointer { x in
                    for c in 0..<count { x[c] += correction[map[c]] }
                }
            }
        }
        GaussSeidel.sweep(
            source: rhs[level], offDiagonal: rowValues[level],
            inverseDiagonal: inverseDiagonals[level], &solution[level], addressing: addressing,
            omega: 1, order: .backward)
    }
}
