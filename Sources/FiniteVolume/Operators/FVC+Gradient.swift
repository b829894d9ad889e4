extension FVC {
    /// Green-Gauss cell gradient: ∇φ_P = (1/V_P)·Σ_f φ_f·Sf, with linear interpolation
    /// φ_f = w·φ_P + (1 − w)·φ_N on internal faces and the boundary-condition value on boundary
    /// faces. Exact for linear φ on meshes whose face centres lie midway between cell centres.
    ///
    /// - Returns: (nCells) ∇φ in units of φ per m.
    public static func grad(_ field: ScalarField, on mesh: Mesh) -> [Vector2] {
        var gx = [Double](repeating: 0, count: mesh.nCells)
        var gy = [Double](repeating: 0, count: mesh.nCells)
        let nInternal = mesh.nInternalFaces
        field.values.withUnsafeBufferPointer { phi in
            mesh.owner.withUnsafeBufferPointer { owner in
                mesh.neighbour.withUnsafeBufferPointer { neighbour in
                    mesh.weights.withUnsafeBufferPointer { w in
                        mesh.faceAreas.withUnsafeBufferPointer { sf in
                            gx.withUnsafeMutableBufferPointer { gx in
                                gy.withUnsafeMutableBufferPointer { gy in
                                    for f in 0..<nInternal {
                                        let p = owner[f]
                                        let n = neighbour[f]
                                        let face = w[f] * phi[p] + (1 - w[f]) * phi[n]
                                        gx[p] += face * sf[f].x
                                        gy[p] += face * sf[f].y
                                        gx[n] -= face * sf[f].x
                                        gy[n] -= face * sf[f].y
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for f in nInternal..<mesh.nFaces {
            let p = mesh.owner[f]
            let face = field.boundaryValue(face: f, on: mesh)
            gx[p] += face * mesh.faceAreas[f].x
            gy[p] += face * mesh.faceAreas[f].y
        }
        return (0..<mesh.nCells).map {
            Vector2(gx[$0] / mesh.cellVolumes[$0], gy[$0] / mesh.cellVolumes[$0])
        }
    }
}
