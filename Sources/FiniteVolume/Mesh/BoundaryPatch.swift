/// A named boundary patch: a contiguous range of boundary faces in the mesh's face list.
public struct BoundaryPatch: Sendable, Equatable {
    /// Patch name as the user sees it (`left`, `inlet`, `movingWall`…).
    public var name: String
    /// Index of the patch's first face in the mesh's face arrays (≥ `nInternalFaces`).
    public var start: Int
    /// Number of faces in the patch.
    public var count: Int
    /// Fluent's zone type when the mesh file gave one (`wall`, `velocity-inlet`…); nil for
    /// generated meshes and formats that carry none.
    public var type: String?

    /// A patch over faces `start ..< start + count`, of the given zone type if known.
    public init(name: String, start: Int, count: Int, type: String? = nil) {
        self.name = name
        self.start = start
        self.count = count
        self.type = type
    }

    /// The patch's face indices.
    public var faces: Range<Int> { start..<(start + count) }
}
