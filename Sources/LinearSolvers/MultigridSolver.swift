import FiniteVolume

/// Algebraic multigrid as a stand-alone solver: repeated V-cycles on the residual,
/// φ ← φ + M⁻¹·(b − A·φ), for M-matrices that need not be symmetric (momentum, energy).
public struct MultigridSolver: Sendable {
    /// Stopping rule: relative reduction of Σ|b − A·φ| and the cycle limit.
    public var controls: LinearSolverControls
    /// Coarse levels, agglomerated once per mesh.
    public var hierarchy: AgglomerationHierarchy

    /// A V-cycle solver on `hierarchy` with the given controls.
    public init(controls: LinearSolverControls, hierarchy: AgglomerationHierarchy) {
        self.controls = controls
        self.hierarchy = hierarchy
    }

    /// Solves A·φ = b in place, starting from φ.
    public func solve(_ matrix: FVMatrix, _ phi: inout [Double], on mesh: Mesh)
        -> LinearSolverPerformance
    {
        var residual = [Double](repeating: 0, count: mesh.nCells)
        let initial = matrix.residual(phi, into: &residual, on: mesh)
        var final = initial
        var cycles = 0
        var cycle = MultigridCycle(matrix: matrix, hierarchy: hierarchy, mesh: mesh)
        while cycles < controls.maxSweeps && final > controls.tolerance * initial && final > 0 {
            let correction = cycle.apply(residual)
            for c in 0..<mesh.nCells { phi[c] += correction[c] }
            cycles += 1
            final = matrix.residual(phi, into: &residual, on: mesh)
            guard final.isFinite else { break }
        }
        return LinearSolverPerformance(
            solver: "AMG", iterations: cycles, initialResidual: initial, finalResidual: final)
    }
}
