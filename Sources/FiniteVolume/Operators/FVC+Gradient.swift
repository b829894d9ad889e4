extension FVC {
    /// Green-Gauss cell gradient: ∇φ_P = (1/V_P)·Σ_f φ_f·Sf_out, with linear interpolation
    /// φ_f = w·φ_P + (1 − w)·φ_N on internal faces and the boundary-condition value on boundary
    /// faces. Exact for linear φ on meshes whose face centres lie midway between cell centres.
    ///
    /// - Returns: (nCells) ∇φ in units of φ per m.
    public static func grad(_ field: ScalarField, on mesh: Mesh) -> [Vector3] {
        var sum = faceSum(field, on: mesh)
        divideByVolume(&sum, on: mesh)
        return sum
    }

    /// Green-Gauss gradient with every face value taken at the face centre:
    /// ∇φ_P = (1/V_P)·Σ_f φ_f·Sf_out with
    ///
    ///     φ_f = w·φ_P + (1 − w)·φ_N + (∇φ)_f·(x_f − x_f')      internal faces
    ///     φ_b = a·(φ_P + ∇φ_P·d_t) + c                          boundary faces
    ///
    /// (∇φ)_f = w·∇φ_P + (1 − w)·∇φ_N and x_f − x_f' the `Mesh.skewnessVectors` of skewed faces;
    /// on boundary faces whose value follows the cell (φ_b = a·φ_P + c, a ≠ 0: zero or fixed
    /// gradient) d_t = d − (n̂·d)·n̂ is the part of d = x_f − x_P along the face, nonzero only
    /// on the boundary faces among `Mesh.nonOrthogonalFaces`. Exact for linear φ (satisfying its
    /// boundary conditions) when `gradient` is, on any mesh whose faces are plane (a warped
    /// face's centre value times its area vector differs from the sum over its triangles by
    /// Σ_t ∇φ·(x_t − x_f)·S_t); conservative, Σ_P ∇φ_P·V_P being Σ_b φ_b·Sf_b, which a
    /// least-squares gradient is not. On block meshes, with no skewed or non-orthogonal faces,
    /// it is `grad(_:on:)` to the last bit.
    ///
    /// - Parameter gradient: (nCells) ∇φ used for the face-centre corrections (units of φ per m).
    /// - Returns: (nCells) ∇φ in units of φ per m.
    public static func grad(_ field: ScalarField, correctedBy gradient: [Vector3], on mesh: Mesh)
        -> [Vector3]
    {
        var sum = faceSum(field, on: mesh)
        for (i, f) in mesh.skewedFaces.enumerated() {
            let p = mesh.owner[f]
            let n = mesh.neighbour[f]
            let w = mesh.weights[f]
            let correction =
                (w * gradient[p] + (1 - w) * gradient[n]).dot(mesh.skewnessVectors[i])
                * mesh.faceAreas[f]
            sum[p] = sum[p] + correction
            sum[n] = sum[n] - correction
        }
        let nInternal = mesh.nInternalFaces
        for f in mesh.nonOrthogonalFaces where f >= nInternal {
            let a = field.boundary.valueInternal[f - nInternal]
            guard a != 0 else { continue }
            let p = mesh.owner[f]
            let normal = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
            let d = mesh.faceCentres[f] - mesh.cellCentres[p]
            let along = d - normal.dot(d) * normal
            sum[p] = sum[p] + (a * gradient[p].dot(along)) * mesh.faceAreas[f]
        }
        divideByVolume(&sum, on: mesh)
        return sum
    }

    /// (nCells) Σ_f φ_f·Sf_out with the linearly interpolated and boundary-condition face values
    /// of `grad(_:on:)`.
    static func faceSum(_ field: ScalarField, on mesh: Mesh) -> [Vector3] {
        var sum = [Vector3](repeating: .zero, count: mesh.nCells)
        let nInternal = mesh.nInternalFaces
        field.values.withUnsafeBufferPointer { phi in
            mesh.owner.withUnsafeBufferPointer { owner in
                mesh.neighbour.withUnsafeBufferPointer { neighbour in
                    mesh.weights.withUnsafeBufferPointer { w in
                        mesh.faceAreas.withUnsafeBufferPointer { sf in
                            sum.withUnsafeMutableBufferPointer { g in
                                for f in 0..<nInternal {
                                    let p = owner[f]
                                    let n = neighbour[f]
                                    let face = w[f] * phi[p] + (1 - w[f]) * phi[n]
                                    g[p] = g[p] + face * sf[f]
                                    g[n] = g[n] - face * sf[f]
                                }
                            }
                        }
                    }
                }
            }
        }
        for f in nInternal..<mesh.nFaces {
            let p = mesh.owner[f]
            sum[p] = sum[p] + field.boundaryValue(face: f, on: mesh) * mesh.faceAreas[f]
        }
        return sum
    }

    /// Divides each cell's entry by the cell volume, component by component.
    static func divideByVolume(_ sum: inout [Vector3], on mesh: Mesh) {
        for c in 0..<mesh.nCells {
            let v = mesh.cellVolumes[c]
            let g = sum[c]
            sum[c] = Vector3(g.x / v, g.y / v, g.z / v)
        }
    }

    /// The Green-Gauss gradient of one cell, as `grad(_:on:)` computes it for every cell.
    public static func grad(_ field: ScalarField, cell: Int, on mesh: Mesh) -> Vector3 {
        var sum = Vector3.zero
        for f in mesh.faces(ofCell: cell) {
            let face =
                f < mesh.nInternalFaces
                ? mesh.weights[f] * field.values[mesh.owner[f]] + (1 - mesh.weights[f])
                    * field.values[mesh.neighbour[f]]
                : field.boundaryValue(face: f, on: mesh)
            sum =
                mesh.owner[f] == cell
                ? sum + face * mesh.faceAreas[f] : sum - face * mesh.faceAreas[f]
        }
        let v = mesh.cellVolumes[cell]
        return Vector3(sum.x / v, sum.y / v, sum.z / v)
    }
}
