/// Reads Gmsh `.msh` files, versions 2.2 and 4.1, ASCII or binary (Gmsh reference manual,
/// "MSH file format"). Cells are the first-order elements of the highest dimension present
/// (triangles and quadrangles in 2-D; tetrahedra, hexahedra, prisms and pyramids in 3-D); the
/// elements one dimension lower give the boundary faces their zones, one zone per physical group,
/// named from `$PhysicalNames` or `zone-<tag>`. Boundary faces in no physical group form the
/// zone `default-boundary`, and a notice says so.
public enum GmshReader {
    /// The mesh in the file at `path`, with notices for the user.
    public static func read(path: String) throws(MeshImportError) -> ImportedMesh {
        try read(bytes: try MeshFileBytes.read(path: path), fileName: path)
    }

    /// The mesh in `bytes`, a Gmsh file; `fileName` names it in errors.
    public static func read(
        bytes: [UInt8], fileName: String
    ) throws(MeshImportError) -> ImportedMesh {
        var parser = GmshParser(bytes: bytes, fileName: fileName)
        let content = try parser.parse()
        return try GmshAssembly.describe(content, fileName: fileName)
    }
}
