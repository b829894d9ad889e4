extension FVMatrix {
    /// Fluent's residual sums for this equation at the field φ (nCells):
    /// `unscaled` R = Σ_P |b_P + Σ aN·φN − aP·φP| = Σ_P |b − A·φ|_P and
    /// `scale` = Σ_P |aP·φP|, so that the scaled residual is R / scale.
    public func fluentResidual(_ phi: [Double], on mesh: Mesh) -> (unscaled: Double, scale: Double)
    {
        var product = [Double](repeating: 0, count: phi.count)
        multiply(phi, into: &product, owner: mesh.owner, neighbour: mesh.neighbour)
        var unscaled = 0.0
        var scale = 0.0
        for c in phi.indices {
            unscaled += abs(source[c] - product[c])
            scale += abs(diag[c] * phi[c])
        }
        return (unscaled, scale)
    }
}
