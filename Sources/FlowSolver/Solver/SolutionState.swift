/// The solution a data file holds (Fluent's `.dat`), read by `SteadyFlowSolver.restore`.
///
/// What the next outer iteration depends on besides the set-up: the cell fields, the face
/// mass fluxes (the Rhie-Chow fluxes of the last pressure correction, which the next
/// momentum assembly convects with), the iteration count and the residual normalisation
/// factors. Gradients and matrix diagonals are recomputed by each iteration before use.
public struct SolutionState: Sendable, Equatable {
    /// Outer iterations performed when the state was taken.
    public var iteration: Int
    /// Cell fields by name (`x-velocity`, `y-velocity`, `z-velocity` in 3-D, `pressure`,
    /// `temperature`), each (nCells) values in cell order.
    public var fields: [String: [Double]]
    /// (nFaces) face mass fluxes F_f, kg/s (per m depth in 2-D), positive out of the owner.
    public var faceFlux: [Double]
    /// Fluent's residual normalisation factor of each equation so far.
    public var normalisation: [String: Double]

    /// A state from its parts.
    public init(
        iteration: Int, fields: [String: [Double]], faceFlux: [Double],
        normalisation: [String: Double]
    ) {
        self.iteration = iteration
        self.fields = fields
        self.faceFlux = faceFlux
        self.normalisation = normalisation
    }
}
