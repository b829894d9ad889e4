/// The geometric weights of the least-squares cell gradient, computed once per mesh
/// (OpenFOAM's `leastSquaresVectors`).
///
/// For cell P with neighbours j (cells across internal faces, and boundary faces),
/// d_j = x_j − x_P and w_j = 1/|d_j|², ∇φ_P minimises Σ_j w_j·(φ_j − φ_P − ∇φ_P·d_j)², so
/// ∇φ_P = G_P⁻¹·Σ_j w_j·d_j·(φ_j − φ_P) with G_P = Σ_j w_j·d_j·d_jᵀ (its x-y block in 2-D). Each
/// face stores the vector multiplying its difference, for each side, with d to a boundary face
/// the full x_f − x_P: exact for linear φ on any mesh where the boundary fixes φ. With the 1/|d|²
/// weights the scheme equals Green-Gauss on uniform orthogonal meshes.
///
/// Where the boundary fixes the normal gradient instead (zero or fixed gradient, a wall's
/// pressure, symmetry), the face value φ_P + g_n·(n̂·d) says nothing about the gradient along
/// the face: a constraint along the full d would pull the tangential gradient towards zero on
/// cells whose centre is not opposite the face centre. The cells with such a face among
/// `Mesh.nonOrthogonalFaces` (none on block meshes) are redone, field by field, with that d
/// replaced by its normal part d_n = (n̂·d)·n̂ and w = 1/|d_n|² (`boundaryCorrected`), which is
/// exact for linear φ that satisfy their boundary conditions.
public struct LeastSquaresVectors: Sendable {
    /// (nFaces) G_P⁻¹·w·d for the owner P: ∇φ_P gains ownerVectors[f]·(φ_other − φ_P), the
    /// other side being the neighbour cell or the boundary face; 1/m.
    public let ownerVectors: [Vector3]
    /// (nInternalFaces) G_N⁻¹·w·(−d) for the neighbour N: ∇φ_N gains
    /// neighbourVectors[f]·(φ_P − φ_N); 1/m.
    public let neighbourVectors: [Vector3]
    /// Owners of the boundary faces among `Mesh.nonOrthogonalFaces` (d not along n̂), in
    /// increasing order without repeats: the only cells whose gradient depends on the type of
    /// their boundary conditions.
    let boundaryCells: [Int]

    /// The vectors of `mesh`. A cell whose neighbours do not span its dimension (G singular to
    /// 1e-12 relative) gets zero vectors, so its gradient is zero.
    public init(mesh: Mesh) {
        // (nCells × 6) G as xx, xy, xz, yy, yz, zz.
        var g = [Double](repeating: 0, count: 6 * mesh.nCells)
        for f in 0..<mesh.nFaces {
            let d = Self.offset(f, on: mesh)
            Self.accumulate(d, weight: 1 / d.dot(d), into: &g, at: 6 * mesh.owner[f])
            if f < mesh.nInternalFaces {
                Self.accumulate(d, weight: 1 / d.dot(d), into: &g, at: 6 * mesh.neighbour[f])
            }
        }
        let inverses = (0..<mesh.nCells).map {
            Self.inverse(Array(g[(6 * $0)..<(6 * $0 + 6)]), dimension: mesh.dimension)
        }
        var ownerVectors = [Vector3](repeating: .zero, count: mesh.nFaces)
        var neighbourVectors = [Vector3](repeating: .zero, count: mesh.nInternalFaces)
        for f in 0..<mesh.nFaces {
            let d = Self.offset(f, on: mesh)
            let wd = (1 / d.dot(d)) * d
            ownerVectors[f] = Self.apply(inverses[mesh.owner[f]], wd)
            if f < mesh.nInternalFaces {
                neighbourVectors[f] = Self.apply(inverses[mesh.neighbour[f]], -1.0 * wd)
            }
        }
        self.ownerVectors = ownerVectors
        self.neighbourVectors = neighbourVectors
        let owners = mesh.nonOrthogonalFaces.filter { $0 >= mesh.nInternalFaces }.map {
            mesh.owner[$0]
        }
        self.boundaryCells = Array(Set(owners)).sorted()
    }

    /// d from the owner centre to the neighbour centre, or to a boundary face centre.
    static func offset(_ f: Int, on mesh: Mesh) -> Vector3 {
        f < mesh.nInternalFaces
            ? mesh.cellCentres[mesh.neighbour[f]] - mesh.cellCentres[mesh.owner[f]]
            : mesh.faceCentres[f] - mesh.cellCentres[mesh.owner[f]]
    }

    /// Adds `weight`·d·dᵀ to the six entries of G starting at `start`.
    static func accumulate(_ d: Vector3, weight: Double, into g: inout [Double], at start: Int) {
        g[start] += weight * d.x * d.x
        g[start + 1] += weight * d.x * d.y
        g[start + 2] += weight * d.x * d.z
        g[start + 3] += weight * d.y * d.y
        g[start + 4] += weight * d.y * d.z
        g[start + 5] += weight * d.z * d.z
    }

    /// M·v for a symmetric M given as (xx, xy, xz, yy, yz, zz).
    static func apply(_ m: [Double], _ v: Vector3) -> Vector3 {
        Vector3(
            m[0] * v.x + m[1] * v.y + m[2] * v.z,
            m[1] * v.x + m[3] * v.y + m[4] * v.z,
            m[2] * v.x + m[4] * v.y + m[5] * v.z)
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

    /// Replaces the gradient of every `boundaryCells` cell that has a face where `field`'s
    /// boundary value follows the cell by `corrected(cell:field:on:)`.
    ///
    /// - Parameter gradient: (nCells) the gradient from the vectors, ∇φ in units of φ per m.
    func boundaryCorrected(_ gradient: inout [Vector3], _ field: ScalarField, on mesh: Mesh) {
        for c in boundaryCells {
            if let corrected = corrected(cell: c, field: field, on: mesh) {
                gradient[c] = corrected
            }
        }
    }

    /// The least-squares gradient of `cell` solved afresh with each boundary face where the
    /// field's value follows the cell (valueInternal ≠ 0) constraining only the normal
    /// derivative: d_n = (n̂·d)·n̂ and w = 1/|d_n|² for those faces, the full d elsewhere. Nil
    /// when the cell is not in `boundaryCells` or has no such face.
    func corrected(cell: Int, field: ScalarField, on mesh: Mesh) -> Vector3? {
        guard isBoundaryCell(cell) else { return nil }
        let nInternal = mesh.nInternalFaces
        let faces = mesh.faces(ofCell: cell)
        let follows = { (f: Int) in
            f >= nInternal && field.boundary.valueInternal[f - nInternal] != 0
        }
        guard faces.contains(where: follows) else { return nil }
        var g = [Double](repeating: 0, count: 6)
        var r = Vector3.zero
        let phi = field.values[cell]
        for f in faces {
            var d: Vector3
            let difference: Double
            if f >= nInternal {
                d = Self.offset(f, on: mesh)
                difference = field.boundaryValue(face: f, on: mesh) - phi
                if follows(f) {
                    let normal = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
                    d = normal.dot(d) * normal
                }
            } else {
                let other = mesh.owner[f] == cell ? mesh.neighbour[f] : mesh.owner[f]
                d = mesh.cellCentres[other] - mesh.cellCentres[cell]
                difference = field.values[other] - phi
            }
            let weight = 1 / d.dot(d)
            Self.accumulate(d, weight: weight, into: &g, at: 0)
            r = r + (weight * difference) * d
        }
        return Self.apply(Self.inverse(g, dimension: mesh.dimension), r)
    }

    /// Whether `cell` is one of `boundaryCells` (binary search).
    func isBoundaryCell(_ cell: Int) -> Bool {
        var low = 0
        var high = boundaryCells.count
        while low < high {
            let mid = (low + high) / 2
            if boundaryCells[mid] < cell { low = mid + 1 } else { high = mid }
        }
        return low < boundaryCells.count && boundaryCells[low] == cell
    }
}
