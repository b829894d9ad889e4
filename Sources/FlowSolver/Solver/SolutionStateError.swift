/// Why a solution state does not fit a solver.
public enum SolutionStateError: Error, Equatable, CustomStringConvertible {
    /// A field the solver solves for is not in the state.
    case missingField(String)
    /// A field or the face fluxes have another length than the mesh's cells or faces.
    case sizeMismatch(what: String, expected: Int, found: Int)
    /// The iteration count is below zero.
    case negativeIteration(Int)

    /// One line saying what does not fit.
    public var description: String {
        switch self {
        case .missingField(let name): "the solution has no \(name) field"
        case .sizeMismatch(let what, let expected, let found):
            "\(what) has \(found) values where the mesh has \(expected)"
        case .negativeIteration(let count): "iteration \(count) is negative"
        }
    }
}
