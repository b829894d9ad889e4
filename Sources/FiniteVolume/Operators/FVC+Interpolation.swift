extension FVC {
    /// Face values: φ_f = w·φ_P + (1 − w)·φ_N on internal faces (linear, weights from the mesh),
    /// the boundary-condition value on boundary faces.
    ///
    /// - Returns: (nFaces) face values.
    public static func interpolate(_ field: ScalarField, on mesh: Mesh) -> [Double] {
        var faces = [Double](repeating: 0, count: mesh.nFaces)
        for f in 0..<mesh.nInternalFaces {
            let w = mesh.weights[f]
            faces[f] = w * field.values[mesh.owner[f]] + (1 - w) * field.values[mesh.neighbour[f]]
        }
        for f in mesh.nInternalFaces..<mesh.nFaces {
            faces[f] = field.boundaryValue(face: f, on: mesh)
        }
        return faces
    }
}
