extension FVMatrix {
    /// Implicit under-relaxation (Patankar 1980, §6.7): aP ← aP/α, b ← b + (1 − α)/α·aP·φ_old.
    ///
    /// At convergence (φ = φ_old) the relaxed equation is the original one; α ∈ (0, 1].
    public mutating func relax(_ alpha: Double, previous phi: [Double]) {
        let factor = (1 - alpha) / alpha
        for c in diag.indices {
            source[c] += factor * diag[c] * phi[c]
            diag[c] /= alpha
        }
    }
}
