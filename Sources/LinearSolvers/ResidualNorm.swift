import FiniteVolume

extension FVMatrix {
    /// r = b − A·φ into `residual` (nCells); returns Σ_P |r_P|.
    func residual(_ phi: [Double], into residual: inout [Double], on mesh: Mesh) -> Double {
        self.residual(phi, into: &residual, owner: mesh.owner, neighbour: mesh.neighbour)
    }

    /// r = b − A·φ for a matrix on any LDU structure (mesh or coarse level).
    func residual(
        _ phi: [Double], into residual: inout [Double], owner: [Int], neighbour: [Int]
    ) -> Double {
        multiply(phi, into: &residual, owner: owner, neighbour: neighbour)
        var norm = 0.0
        source.withUnsafeBufferPointer { b in
            residual.withUnsafeMutableBufferPointer { r in
                for c in 0..<r.count {
                    r[c] = b[c] - r[c]
                    norm += abs(r[c])
                }
            }
        }
        return norm
    }
}
