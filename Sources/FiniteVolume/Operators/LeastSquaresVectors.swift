/// The geometric weights of the least-squares cell gradient, computed once per mesh
/// (OpenFOAM's `leastSquaresVectors`).
///
/// For cell P with neighbours j (cells across internal faces, and boundary face centres),
/// d_j = x_j − x_P and w_j = 1/|d_j|², ∇φ_P minimises Σ_j w_j·(φ_j − φ_P − ∇φ_P·d_j)², so
/// ∇φ_P = G_P⁻¹·Σ_j w_j·d_j·(φ_j − φ_P) with G_P = Σ_j w_j·d_j·d_jᵀ (its x-y block in 2-D). Each
/// face stores the vector multiplying its difference, for each side. With the 1/|d|² weights the
/// scheme equals Green-Gauss on uniform orthogonal meshes and is exact for linear φ on any mesh.
public struct LeastSquaresVectors: Sendable {
    /// (nFaces) G_P⁻¹·w·d for the owner P: ∇φ_P gains ownerVectors[f]·(φ_other − φ_P), the
    /// other side being the neighbour cell or the boundary face; 1/m.
    public let ownerVectors: [Vector3]
    /// (nInternalFaces) G_N⁻¹·w·(−d) for the neighbour N: ∇φ_N gains
    /// neighbourVectors[f]·(φ_P − φ_N); 1/m.
    public let neighbourVectors: [Vector3]

    /// The vectors of `mesh`. A cell whose neighbours do not span its dimension (G singular to
    /// 1e-12 relative) gets zero vectors, so its gradient is zero.
    public init(mesh: Mesh) {
        // (nCells × 6) G as xx, xy, xz, yy, yz, zz.
        var g = [Double](repeating: 0, count: 6 * mesh.nCells)
        func offset(_ f: Int) -> Vector3 {
            f < mesh.nInternalFaces
                ? mesh.cellCentres[mesh.neighbour[f]] - mesh.cellCentres[mesh.owner[f]]
                : mesh.faceCentres[f] - mesh.cellCentres[mesh.owner[f]]
        }
        func accumulate(_ c: Int, _ d: Vector3) {
            let w = 1 / d.dot(d)
            g[6 * c] += w * d.x * d.x
            g[6 * c + 1] += w * d.x * d.y
            g[6 * c + 2] += w * d.x * d.z
            g[6 * c + 3] += w * d.y * d.y
            g[6 * c + 4] += w * d.y * d.z
            g[6 * c + 5] += w * d.z * d.z
        }
        for f in 0..<mesh.nFaces {
            let d = offset(f)
            accumulate(mesh.owner[f], d)
            if f < mesh.nInternalFaces { accumulate(mesh.neighbour[f], d) }
        }
        let inverses = (0..<mesh.nCells).map {
            Self.inverse(Array(g[(6 * $0)..<(6 * $0 + 6)]), dimension: mesh.dimension)
        }
        func apply(_ inverse: [Double], _ v: Vector3) -> Vector3 {
            Vector3(
                inverse[0] * v.x + inverse[1] * v.y + inverse[2] * v.z,
                inverse[1] * v.x + inverse[3] * v.y + inverse[4] * v.z,
                inverse[2] * v.x + inverse[4] * v.y + inverse[5] * v.z)
        }
        var ownerVectors = [Vector3](repeating: .zero, count: mesh.nFaces)
        var neighbourVectors = [Vector3](repeating: .zero, count: mesh.nInternalFaces)
        for f in 0..<mesh.nFaces {
            let d = offset(f)
            let wd = (1 / d.dot(d)) * d
            ownerVectors[f] = apply(inverses[mesh.owner[f]], wd)
            if f < mesh.nInternalFaces {
                neighbourVectors[f] = apply(inverses[mesh.neighbour[f]], -1.0 * wd)
            }
        }
        self.ownerVectors = ownerVectors
        self.neighbourVectors = neighbourVectors
    }

    /// The inverse of a symmetric matrix given as (xx, xy, xz, yy, yz, zz), in the same layout;
    /// in 2-D the inverse of the x-y block (z entries zero). Zeros when singular.
    static func inverse(_ m: [Double], dimension: Int) -> [Double] {
        let (xx, xy, xz, yy, yz, zz) = (m[0], m[1], m[2], m[3], m[4], m[5])
        if dimension == 2 {
            let det = xx * yy - xy * xy
            guard abs(det) > 1e-12 * (xx + yy) * (xx + yy) else { return [0, 0, 0, 0, 0, 0] }
            return [yy / det, -xy / det, 0, xx / det, 0, 0]
        }
        let cxx = yy * zz - yz * yz
        let cxy = xz * yz - xy * zz
        let cxz = xy * yz - xz * yy
        let det = xx * cxx + xy * cxy + xz * cxz
        let trace = xx + yy + zz
        guard abs(det) > 1e-12 * trace * trace * trace else { return [0, 0, 0, 0, 0, 0] }
        return [
            cxx / det, cxy / det, cxz / det, (xx * zz - xz * xz) / det, (xy * xz - xx * yz) / det,
            (xx * yy - xy * xy) / det,
        ]
    }
}
