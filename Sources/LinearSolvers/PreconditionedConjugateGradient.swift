import FiniteVolume

/// Conjugate gradients for symmetric M-matrices such as the pressure correction, preconditioned
/// by diagonal incomplete Cholesky (DIC, OpenFOAM's `PCG` + `DIC`) or by one algebraic-multigrid
/// K-cycle (`MultigridCycle`).
///
/// The K-cycle is a slightly non-linear preconditioner (its inner CG steps depend on r), so
/// with it the direction update is the flexible one (Polak-Ribière, Notay 2000):
/// β = z_{k+1}·(r_{k+1} − r_k)/(z_k·r_k); with DIC it is the usual β = z_{k+1}·r_{k+1}/(z_k·r_k).
///
/// DIC keeps the sparsity of A and only modifies the diagonal:
/// r_D[N] = aP_N − Σ_{f: neighbour N} upper[f]² / r_D[owner(f)], then
/// M⁻¹ solves (D + L)·D⁻¹·(D + U) with D = r_D by one forward and one backward face sweep.
public struct PreconditionedConjugateGradient: Sendable {
    /// Stopping rule: relative reduction of Σ|b − A·φ| and the iteration limit.
    public var controls: LinearSolverControls
    /// The preconditioner M.
    public var preconditioner: Preconditioner

    /// The preconditioners PCG can use.
    public enum Preconditioner: Sendable {
        /// Diagonal incomplete Cholesky.
        case diagonalIncompleteCholesky
        /// One cycle of additive-correction multigrid on the given agglomeration: a K-cycle
        /// (the default; best with `pairingPasses: 2`) or a V-cycle (best with pairwise levels).
        case multigrid(AgglomerationHierarchy, cycle: MultigridCycleKind = .k)
    }

    /// A PCG solver with the given controls and preconditioner (default DIC).
    public init(
        controls: LinearSolverControls, preconditioner: Preconditioner = .diagonalIncompleteCholesky
    ) {
        self.controls = controls
        self.preconditioner = preconditioner
    }

    /// Solves A·φ = b in place, starting from φ. A must be symmetric (upper == lower).
    public func solve(_ matrix: FVMatrix, _ phi: inout [Double], on mesh: Mesh)
        -> LinearSolverPerformance
    {
        let count = mesh.nCells
        var r = [Double](repeating: 0, count: count)
        let initial = matrix.residual(phi, into: &r, on: mesh)
        var final = initial
        var iterations = 0
        var cycle: MultigridCycle?
        var inverseDiagonal = [Double]()
        switch preconditioner {
        case .diagonalIncompleteCholesky:
            inverseDiagonal = dicInverseDiagonal(matrix, on: mesh)
        case .multigrid(let hierarchy, let kind):
            cycle = MultigridCycle(matrix: matrix, hierarchy: hierarchy, mesh: mesh, kind: kind)
        }
        var z = [Double](repeating: 0, count: count)
        var p = [Double](repeating: 0, count: count)
        var q = [Double](repeating: 0, count: count)
        // r_k of the flexible update (multigrid only).
        var previous = cycle == nil ? [] : r
        var rho = 1.0
        while iterations < controls.maxSweeps && final > controls.tolerance * initial
            && final > 0
        {
            if let preconditioned = cycle?.apply(r) {
                z = preconditioned
            } else {
                precondition(
                    r, into: &z, inverseDiagonal: inverseDiagonal, matrix: matrix, on: mesh)
            }
            let rhoOld = rho
            rho = dot(r, z)
            let flexible = cycle == nil ? 0 : dot(previous, z)
            let beta = iterations == 0 ? 0 : (rho - flexible) / rhoOld
            if cycle != nil { VectorAlgebra.copy(r, into: &previous) }
            for c in 0..<count { p[c] = z[c] + beta * p[c] }
            matrix.multiply(p, into: &q, owner: mesh.owner, neighbour: mesh.neighbour)
            let alpha = rho / dot(p, q)
            final = 0
            phi.withUnsafeMutableBufferPointer { x in
                r.withUnsafeMutableBufferPointer { r in
                    for c in 0..<count {
                        x[c] += alpha * p[c]
                        r[c] -= alpha * q[c]
                        final += abs(r[c])
                    }
                }
            }
            iterations += 1
            guard final.isFinite else { break }
        }
        let name =
            switch preconditioner {
            case .diagonalIncompleteCholesky: "PCG-DIC"
            case .multigrid: "PCG-AMG"
            }
        return LinearSolverPerformance(
            solver: name, iterations: iterations, initialResidual: initial,
            finalResidual: final)
    }

    /// 1/r_D for the DIC factorisation (nCells).
    func dicInverseDiagonal(_ matrix: FVMatrix, on mesh: Mesh) -> [Double] {
        var rD = matrix.diag
        for f in 0..<mesh.nInternalFaces {
            rD[mesh.neighbour[f]] -= matrix.upper[f] * matrix.upper[f] / rD[mesh.owner[f]]
        }
        return rD.map { 1 / $0 }
    }

    /// z = M⁻¹·r by forward and backward substitution over the faces.
    func precondition(
        _ r: [Double], into z: inout [Double], inverseDiagonal: [Double], matrix: FVMatrix,
        on mesh: Mesh
    ) {
        let nFaces = mesh.nInternalFaces
        inverseDiagonal.withUnsafeBufferPointer { rD in
            matrix.upper.withUnsafeBufferPointer { u in
                mesh.owner.withUnsafeBufferPointer { o in
                    mesh.neighbour.withUnsafeBufferPointer { n in
                        r.withUnsafeBufferPointer { r in
                            z.withUnsafeMutableBufferPointer { w in
                                for c in 0..<w.count { w[c] = rD[c] * r[c] }
                                for f in 0..<nFaces {
                                    w[n[f]] -= rD[n[f]] * u[f] * w[o[f]]
                                }
                                var f = nFaces - 1
                                while f >= 0 {
                                    w[o[f]] -= rD[o[f]] * u[f] * w[n[f]]
                                    f -= 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func dot(_ a: [Double], _ b: [Double]) -> Double { VectorAlgebra.dot(a, b) }
}
