import MeshImport

/// Paths of the committed test meshes and of the repository's case meshes.
enum Fixtures {
    /// The folder holding this file's test target.
    private static let testsFolder = String(
        #filePath.split(separator: "/").dropLast(2).joined(separator: "/"))

    /// The fixture `name` in Tests/MeshImportTests/Fixtures.
    static func path(_ name: String) -> String { "/" + testsFolder + "/Fixtures/" + name }

    /// A file of the repository, `relative` to its root.
    static func repository(_ relative: String) -> String {
        "/" + testsFolder + "/../../" + relative
    }

    /// The Gmsh variants of one fixture mesh: (2.2, 4.1) × (ASCII, binary).
    static func gmshVariants(_ base: String) -> [String] {
        ["22-ascii", "22-binary", "41-ascii", "41-binary"].map { path("\(base)-\($0).msh") }
    }

    /// `text` as bytes.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
