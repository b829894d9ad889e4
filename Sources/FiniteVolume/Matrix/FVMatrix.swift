/// A finite-volume matrix in LDU form: the discrete equation A·φ = b over the cells of a mesh.
///
/// Row P reads `diag[P]·φ_P + Σ_{f: owner P} upper[f]·φ_N(f) + Σ_{f: neighbour P} lower[f]·φ_O(f)
/// = source[P]`, so in Patankar's notation aP = diag[P] and aN = −upper or −lower (positive for
/// an M-matrix). Boundary conditions are already folded into `diag` and `source`. As a term in an
/// equation, a matrix stands for the expression A·φ − b; adding matrices adds terms.
/// Units: those of the equation integrated over a cell (e.g. N for momentum, per m depth in 2-D).
public struct FVMatrix: Sendable {
    /// (nCells) aP, coefficient of φ_P in row P.
    public var diag: [Double]
    /// (nInternalFaces) coefficient of the neighbour φ_N in the owner's row.
    public var upper: [Double]
    /// (nInternalFaces) coefficient of the owner φ_O in the neighbour's row.
    public var lower: [Double]
    /// (nCells) right-hand side b.
    public var source: [Double]

    /// The zero matrix (no terms) on a mesh with `nCells` cells and `nInternalFaces` faces.
    public init(nCells: Int, nInternalFaces: Int) {
        diag = Array(repeating: 0, count: nCells)
        upper = Array(repeating: 0, count: nInternalFaces)
        lower = Array(repeating: 0, count: nInternalFaces)
        source = Array(repeating: 0, count: nCells)
    }

    /// A matrix from its coefficient arrays (layouts as documented on the properties).
    public init(diag: [Double], upper: [Double], lower: [Double], source: [Double]) {
        self.diag = diag
        self.upper = upper
        self.lower = lower
        self.source = source
    }

    /// The zero matrix on `mesh`.
    public init(on mesh: Mesh) {
        self.init(nCells: mesh.nCells, nInternalFaces: mesh.nInternalFaces)
    }

    /// Whether the matrix equals its transpose (upper == lower), as a pressure matrix does.
    public var isSymmetric: Bool { upper == lower }
}
