import FlowSolver

/// The shipped 3-D meshes as linear-solver benchmark cases (`courant benchmark solver --case`,
/// `courant benchmark pressure --case`): each mesh file with its validation case's conditions.
public enum BenchmarkCase: String, CaseIterable, Sendable {
    /// Hagen–Poiseuille pipe, `pipe.msh` (51,940 prisms and hexahedra).
    case pipe
    /// Schäfer & Turek 3D-1Z, `schaefer-turek-3d1z-coarse.msh` (37,143 prisms and hexahedra).
    case cylinder3D = "cylinder-3d1z"
    /// The same geometry on tetrahedra, `schaefer-turek-3d1z-tet.msh` (77,586 cells).
    case cylinder3DTetrahedra = "cylinder-3d1z-tet"

    /// The mesh file's name in `cases/meshes`.
    public var file: String {
        switch self {
        case .pipe: "pipe.msh"
        case .cylinder3D: "schaefer-turek-3d1z-coarse.msh"
        case .cylinder3DTetrahedra: "schaefer-turek-3d1z-tet.msh"
        }
    }

    /// The case on the mesh in `folder`, initialised.
    public func load(folder: String) throws -> ImportedCase {
        try ImportedCase(
            path: folder + "/" + file,
            conditions: self == .pipe ? PipeFlow.conditions : SchaeferTurek.conditions)
    }
}
