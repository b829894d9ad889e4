/// How cell-centre gradients ∇φ_P are reconstructed (Fluent `/solve/set/gradient-scheme`).
public enum GradientScheme: String, Sendable, Equatable, Codable, CaseIterable {
    /// Weighted least squares over the face neighbours and boundary faces (Fluent's default):
    /// exact for linear φ on any mesh. See `LeastSquaresVectors`.
    case leastSquaresCellBased = "least-squares-cell-based"
    /// Green-Gauss with linearly interpolated face values: exact for linear φ only where face
    /// centres lie on the line between the cell centres (orthogonal, unskewed meshes).
    case greenGaussCellBased = "green-gauss-cell-based"
}
