/// How a field's boundary-face values depend on the adjacent cell value φ_P, one entry per
/// boundary face (OpenFOAM's `valueInternalCoeffs`/`gradientCoeffs`):
///
///     φ_b      = valueInternal·φ_P + valueBoundary
///     ∂φ/∂n|_b = gradientInternal·φ_P + gradientBoundary      (n outward)
///
/// Fixed value φ₀: (0, φ₀, −δ, δ·φ₀); zero gradient: (1, 0, 0, 0); fixed gradient g:
/// (1, g/δ, 0, g), with δ = 1/(normal distance from cell centre to face).
public struct BoundaryCoefficients: Sendable {
    /// (nBoundaryFaces) ∂φ_b/∂φ_P.
    public var valueInternal: [Double]
    /// (nBoundaryFaces) part of φ_b independent of φ_P.
    public var valueBoundary: [Double]
    /// (nBoundaryFaces) ∂(∂φ/∂n)/∂φ_P, 1/m.
    public var gradientInternal: [Double]
    /// (nBoundaryFaces) part of ∂φ/∂n independent of φ_P.
    public var gradientBoundary: [Double]

    /// Zero gradient on every boundary face of `mesh`.
    public init(zeroGradientOn mesh: Mesh) {
        valueInternal = Array(repeating: 1, count: mesh.nBoundaryFaces)
        valueBoundary = Array(repeating: 0, count: mesh.nBoundaryFaces)
        gradientInternal = Array(repeating: 0, count: mesh.nBoundaryFaces)
        gradientBoundary = Array(repeating: 0, count: mesh.nBoundaryFaces)
    }

    /// Makes face `face` (a mesh face index ≥ nInternalFaces) a fixed value φ₀.
    public mutating func setFixedValue(_ value: Double, face: Int, on mesh: Mesh) {
        let b = face - mesh.nInternalFaces
        let delta = mesh.deltaCoefficients[face]
        valueInternal[b] = 0
        valueBoundary[b] = value
        gradientInternal[b] = -delta
        gradientBoundary[b] = delta * value
    }

    /// Makes face `face` a fixed outward normal gradient g (units of φ per m).
    public mutating func setFixedGradient(_ gradient: Double, face: Int, on mesh: Mesh) {
        let b = face - mesh.nInternalFaces
        valueInternal[b] = 1
        valueBoundary[b] = gradient / mesh.deltaCoefficients[face]
        gradientInternal[b] = 0
        gradientBoundary[b] = gradient
    }

    /// Makes face `face` follow the cell linearly, φ_b = a·φ_P + c, with the two-point normal
    /// gradient ∂φ/∂n = (φ_b − φ_P)·δ: a = 0 is a fixed value c, (a, c) = (1, 0) zero gradient.
    public mutating func setLinear(_ a: Double, _ c: Double, face: Int, on mesh: Mesh) {
        let b = face - mesh.nInternalFaces
        let delta = mesh.deltaCoefficients[face]
        valueInternal[b] = a
        valueBoundary[b] = c
        gradientInternal[b] = (a - 1) * delta
        gradientBoundary[b] = c * delta
    }

    /// Makes face `face` zero gradient.
    public mutating func setZeroGradient(face: Int, on mesh: Mesh) {
        setFixedGradient(0, face: face, on: mesh)
    }
}
