/// A cell-centred scalar field with its boundary conditions.
public struct ScalarField: Sendable {
    /// Name as shown to users (`pressure`, `x-velocity`, `temperature`).
    public var name: String
    /// (nCells) cell-centre values.
    public var values: [Double]
    /// How boundary-face values follow from the cell values.
    public var boundary: BoundaryCoefficients

    /// A uniform field with zero-gradient boundaries on `mesh`.
    public init(name: String, uniform value: Double, on mesh: Mesh) {
        self.name = name
        self.values = Array(repeating: value, count: mesh.nCells)
        self.boundary = BoundaryCoefficients(zeroGradientOn: mesh)
    }

    /// The value on boundary face `face` (a mesh face index ≥ nInternalFaces).
    public func boundaryValue(face: Int, on mesh: Mesh) -> Double {
        let b = face - mesh.nInternalFaces
        return boundary.valueInternal[b] * values[mesh.owner[face]] + boundary.valueBoundary[b]
    }
}
