extension FVC {
    /// Least-squares cell gradient (Fluent's `least-squares-cell-based`):
    /// ∇φ_P = Σ_f v_P,f·(φ_other − φ_P), v the `LeastSquaresVectors` of the mesh, φ_other the
    /// neighbour cell's value or the boundary-condition value at the face centre; boundary cells
    /// where the field's boundary fixes a gradient are redone with that face constraining only
    /// the normal derivative (`LeastSquaresVectors.boundaryCorrected`).
    ///
    /// - Returns: (nCells) ∇φ in units of φ per m.
    public static func leastSquaresGrad(
        _ field: ScalarField, vectors: LeastSquaresVectors, on mesh: Mesh
    ) -> [Vector3] {
        var gradient = [Vector3](repeating: .zero, count: mesh.nCells)
        let nInternal = mesh.nInternalFaces
        field.values.withUnsafeBufferPointer { phi in
            mesh.owner.withUnsafeBufferPointer { owner in
                mesh.neighbour.withUnsafeBufferPointer { neighbour in
                    vectors.ownerVectors.withUnsafeBufferPointer { vo in
                        vectors.neighbourVectors.withUnsafeBufferPointer { vn in
                            gradient.withUnsafeMutableBufferPointer { g in
                                for f in 0..<nInternal {
                                    let p = owner[f]
                                    let n = neighbour[f]
                                    let difference = phi[n] - phi[p]
                                    g[p] = g[p] + difference * vo[f]
                                    g[n] = g[n] - difference * vn[f]
                                }
                            }
                        }
                    }
                }
            }
        }
        for f in nInternal..<mesh.nFaces {
            let p = mesh.owner[f]
            let difference = field.boundaryValue(face: f, on: mesh) - field.values[p]
            gradient[p] = gradient[p] + difference * vectors.ownerVectors[f]
        }
        vectors.boundaryCorrected(&gradient, field, on: mesh)
        return gradient
    }

    /// The least-squares gradient of one cell, as `leastSquaresGrad(_:vectors:on:)` computes it
    /// for every cell.
    public static func leastSquaresGrad(
        _ field: ScalarField, cell: Int, vectors: LeastSquaresVectors, on mesh: Mesh
    ) -> Vector3 {
        var sum = Vector3.zero
        let phi = field.values[cell]
        for f in mesh.faces(ofCell: cell) {
            if f >= mesh.nInternalFaces {
                sum = sum + (field.boundaryValue(face: f, on: mesh) - phi) * vectors.ownerVectors[f]
            } else if mesh.owner[f] == cell {
                sum = sum + (field.values[mesh.neighbour[f]] - phi) * vectors.ownerVectors[f]
            } else {
                sum = sum + (field.values[mesh.owner[f]] - phi) * vectors.neighbourVectors[f]
            }
        }
        return vectors.corrected(cell: cell, field: field, on: mesh) ?? sum
    }
}
