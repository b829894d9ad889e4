extension FVC {
    /// Green-Gauss cell gradient: ∇φ_P = (1/V_P)·Σ_f φ_f·Sf_out, with linear interpolation
    /// φ_f = w·φ_P + (1 − w)·φ_N on internal faces and the boundary-condition value on boundary
    /// faces. Exact for linear φ on meshes whose face centres lie midway between cell centres.
    ///
    /// - Returns: (nCells) ∇φ in units of φ per m.
    public static func grad(_ field: ScalarField, on mesh: Mesh) -> [Vector3] {
        var gradient = [Vector3](repeating: .zero, count: mesh.nCells)
        let nInternal = mesh.nInternalFaces
        field.values.withUnsafeBufferPointer { phi in
            mesh.owner.withUnsafeBufferPointer { owner in
                mesh.neighbour.withUnsafeBufferPointer { neighbour in
                    mesh.weights.withUnsafeBufferPointer { w in
                        mesh.faceAreas.withUnsafeBufferPointer { sf in
                            gradient.withUnsafeMutableBufferPointer { g in
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
            gradient[p] = gradient[p] + field.boundaryValue(face: f, on: mesh) * mesh.faceAreas[f]
        }
        for c in 0..<mesh.nCells {
            let v = mesh.cellVolumes[c]
            let g = gradient[c]
            gradient[c] = Vector3(g.x / v, g.y / v, g.z / v)
        }
        return gradient
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
