/// Why a case set-up cannot be run on a mesh; each message names the patch or setting.
public enum SetupError: Error, Equatable, CustomStringConvertible {
    /// A mesh patch has no boundary condition.
    case missingBoundaryCondition(patch: String)
    /// A boundary condition names a patch the mesh does not have.
    case unknownPatch(String, available: [String])
    /// A property or setting is out of range.
    case invalidSetting(String)

    /// One-line description.
    public var description: String {
        switch self {
        case .missingBoundaryCondition(let patch):
            "boundary condition missing for patch '\(patch)'"
        case .unknownPatch(let name, let available):
            "no patch named '\(name)' (patches: \(available.joined(separator: ", ")))"
        case .invalidSetting(let why): why
        }
    }
}
