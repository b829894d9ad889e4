/// A named boundary patch: a contiguous range of boundary faces in the mesh's face list.
public struct BoundaryPatch: Sendable, Equatable {
    /// Patch name as the user sees it (`left`, `inlet`, `movingWall`…).
    public var name: String
    /// Index of the patch's first face in the mesh's face arrays (≥ `nInternalFaces`).
    public var start: Int
    /// Number of faces in the patch.
    public var count: Int

    /// A patch over faces `start ..< start + count`.
    public init(name: String, start: Int, count: Int) {
        self.name = name
        self.start = start
        self.count = count
    }

    /// The patch's face indices.
    public var faces: Range<Int> { start..<(start + count) }
}
