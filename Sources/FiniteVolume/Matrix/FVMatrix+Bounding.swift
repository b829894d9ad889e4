extension FVMatrix {
    /// Keeps the solution of a transported positive quantity (k, ω, ε) positive by
    /// construction: a row whose right-hand side is negative, b_P < 0, has it moved to the
    /// diagonal as the equivalent implicit sink at the current value φ_P,
    ///
    ///     aP ← aP − b_P/φ_P,   b_P ← 0,
    ///
    /// (Patankar's linearisation of a negative source, S = (b_P/φ_P)·φ_P), which leaves the
    /// equation unchanged at convergence. An M-matrix (aP > 0, off-diagonals ≤ 0) with b ≥ 0
    /// has a non-negative solution, and every Gauss-Seidel sweep from a non-negative field keeps
    /// it so.
    ///
    /// - Parameter phi: (nCells) the current field, positive.
    public mutating func moveNegativeSourcesToDiagonal(_ phi: [Double]) {
        for c in source.indices where source[c] < 0 {
            diag[c] -= source[c] / max(phi[c], 1e-30)
            source[c] = 0
        }
    }
}
