import FiniteVolume

/// One algebraic-multigrid V-cycle on a fixed matrix, used as the preconditioner M⁻¹ of
/// conjugate gradients: zero initial guess, one forward Gauss-Seidel sweep before and one
/// backward sweep after each coarse-grid correction (adjoint pairs, so M stays symmetric),
/// additive (piecewise-constant) restriction and prolongation, exact LU on the coarsest level.
struct MultigridCycle {
    /// Matrices per level, the mesh level first.
    var matrices: [FVMatrix]
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

    /// The hierarchy's coarse matrices for `matrix` on `mesh`.
    init(matrix: FVMatrix, hierarchy: AgglomerationHierarchy, mesh: Mesh) {
        var matrices = [matrix]
        var structures = [
            (Array(mesh.owner[0..<mesh.nInternalFaces]), mesh.neighbour, mesh.addressing)
        ]
        var fineOwner = hierarchy.meshOwner
        for level in hierarchy.levels {
            let coarse = level.coarsen(matrices[matrices.count - 1], fineOwner: fineOwner)
            matrices.append(coarse)
            structures.append((level.owner, level.neighbour, level.addressing))
            fineOwner = level.owner
        }
        self.matrices = matrices
        self.structures = structures.map { (owner: $0.0, neighbour: $0.1, addressing: $0.2) }
        self.coarseCells = hierarchy.levels.map(\.coarseCell)
        self.inverseDiagonals = matrices.map { $0.diag.map { 1 / $0 } }
        self.rowValues = zip(matrices, structures).map {
            GaussSeidel.rowValues($0, addressing: $1.2)
        }
        let last = matrices[matrices.count - 1]
        let n = last.diag.count
        var dense = [Double](repeating: 0, count: n * n)
        let structure = self.structures[self.structures.count - 1]
        for c in 0..<n { dense[c * n + c] = last.diag[c] }
        for f in structure.owner.indices {
            dense[structure.owner[f] * n + structure.neighbour[f]] += last.upper[f]
            dense[structure.neighbour[f] * n + structure.owner[f]] += last.lower[f]
        }
        self.coarsest = DenseLU(dense, n: n)
    }

    /// z = M⁻¹·r: one V-cycle from level `level` with right-hand side r.
    mutating func apply(_ r: [Double], level: Int = 0) -> [Double] {
        let structure = structures[level]
        if level == matrices.count - 1, let lu = coarsest {
            return lu.solve(r)
        }
        matrices[level].source = r
        var x = [Double](repeating: 0, count: r.count)
        GaussSeidel.sweep(
            matrices[level], offDiagonal: rowValues[level],
            inverseDiagonal: inverseDiagonals[level], &x, addressing: structure.addressing,
            omega: 1, order: .forward)
        guard level < matrices.count - 1 else { return x }
        var residual = [Double](repeating: 0, count: r.count)
        _ = matrices[level].residual(
            x, into: &residual, owner: structure.owner, neighbour: structure.neighbour)
        let map = coarseCells[level]
        var coarseResidual = [Double](repeating: 0, count: matrices[level + 1].diag.count)
        for c in 0..<r.count { coarseResidual[map[c]] += residual[c] }
        let correction = apply(coarseResidual, level: level + 1)
        for c in 0..<r.count { x[c] += correction[map[c]] }
        GaussSeidel.sweep(
            matrices[level], offDiagonal: rowValues[level],
            inverseDiagonal: inverseDiagonals[level], &x, addressing: structure.addressing,
            omega: 1, order: .backward)
        return x
    }
}
