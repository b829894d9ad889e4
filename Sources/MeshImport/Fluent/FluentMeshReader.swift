/// Reads Fluent mesh files (`.msh`) and the mesh sections of case files (`.cas`), ASCII or
/// binary (Fluent User's Guide, appendix "Mesh File Format"). Faces come with their cells
/// (c0, c1); each boundary face zone becomes one zone with its Fluent type (`wall`,
/// `velocity-inlet`, `pressure-outlet`, `symmetry`…), named by section 39/45 or, without one,
/// `<type>-<id>` as Fluent names it. Interior zones are not boundary zones.
public enum FluentMeshReader {
    /// The mesh in the file at `path`, with notices for the user.
    public static func read(path: String) throws(MeshImportError) -> ImportedMesh {
        try read(bytes: try MeshFileBytes.read(path: path), fileName: path)
    }

    /// The mesh in `bytes`, a Fluent file; `fileName` names it in errors.
    public static func read(
        bytes: [UInt8], fileName: String
    ) throws(MeshImportError) -> ImportedMesh {
        var parser = FluentMeshParser(bytes: bytes, fileName: fileName)
        let content = try parser.parse()
        return try FluentAssembly.describe(content, scanner: parser.scanner)
    }
}
