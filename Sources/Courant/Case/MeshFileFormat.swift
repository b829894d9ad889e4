/// The mesh file formats `/file/import/gmsh` and `/file/read-mesh` read.
public enum MeshFileFormat: String, Sendable, CaseIterable, Equatable {
    /// Gmsh `.msh`, versions 2.2 and 4.1, ASCII or binary (`/file/import/gmsh`).
    case gmsh
    /// Fluent mesh or case file, ASCII or binary (`/file/read-mesh`).
    case fluent
}
