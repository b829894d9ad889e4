/// A report or output asked for something the case does not have.
public enum FieldLookupError: Error, Equatable, CustomStringConvertible {
    /// No field of that name.
    case unknownField(String, available: [String])
    /// No patch of that name.
    case unknownPatch(String, available: [String])
    /// The point lies outside the mesh (z is 0 on a 2-D mesh).
    case pointOutsideMesh(x: Double, y: Double, z: Double)
    /// The patch is not a wall, so it carries no wall force or shear.
    case notAWall(String)

    /// One-line description.
    public var description: String {
        switch self {
        case .unknownField(let name, let available):
            "no field named '\(name)' (fields: \(available.joined(separator: ", ")))"
        case .unknownPatch(let name, let available):
            "no patch named '\(name)' (patches: \(available.joined(separator: ", ")))"
        case .pointOutsideMesh(let x, let y, let z):
            z == 0
                ? "point (\(x), \(y)) lies outside the mesh"
                : "point (\(x), \(y), \(z)) lies outside the mesh"
        case .notAWall(let name): "patch '\(name)' is not a wall"
        }
    }
}
