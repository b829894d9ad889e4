import FiniteVolume

/// What a mesh reader returns: the mesh, and the notices a user should see about how it was read
/// (boundary faces put in a default zone, a plane moved to z = 0…), one line each, for the caller
/// to print; the library prints nothing.
public struct ImportedMesh: Sendable, Equatable {
    /// The mesh as the file describes it, ready for `Mesh(description:)`.
    public var mesh: MeshDescription
    /// One line per thing the reader decided on the user's behalf, in the order it decided.
    public var notices: [String]

    /// A read mesh and its notices.
    public init(mesh: MeshDescription, notices: [String]) {
        self.mesh = mesh
        self.notices = notices
    }
}
