import FiniteVolume

/// What the mesh sections of a Fluent file hold, as read, before checking and numbering.
struct FluentContent {
    /// A block of nodes from one node section.
    struct NodeBlock {
        /// 1-based index of its first node.
        var first: Int
        /// Coordinates, m (z = 0 when the section has two).
        var points: [Vector3]
        /// Byte offset of the section, for messages.
        var offset: Int
    }

    /// One face zone (one face section).
    struct FaceZone {
        /// The zone id (the section header's first field).
        var id: Int
        /// 1-based index of its first face.
        var first: Int
        /// The header's `bc-type`.
        var bcType: Int
        /// (nZoneFaces + 1) face k's nodes are `nodes[nodeStart[k]..<nodeStart[k + 1]]`.
        var nodeStart: [Int] = [0]
        /// 1-based node indices of the zone's faces, in the file's order around each face.
        var nodes: [Int] = []
        /// (nZoneFaces) 1-based cell on one side of each face.
        var c0: [Int] = []
        /// (nZoneFaces) 1-based cell on the other side, 0 on the boundary.
        var c1: [Int] = []
        /// Byte offset of the section, for messages.
        var offset: Int

        /// Number of faces.
        var count: Int { c0.count }
    }

    /// Dimension from section 2, if present.
    var dimension: Int?
    /// Total nodes, cells and faces from the zone-0 declarations, if present.
    var declaredNodes: Int?, declaredCells: Int?, declaredFaces: Int?
    /// Node sections in file order.
    var nodeBlocks: [NodeBlock] = []
    /// Largest node dimension (ND) given by a node section.
    var nodeDimension: Int?
    /// Cell zones as (first, last) 1-based index ranges.
    var cellRanges: [ClosedRange<Int>] = []
    /// Face zones in file order.
    var faceZones: [FaceZone] = []
    /// Zone id → (type, name) from sections 39 and 45.
    var zoneNames: [Int: (type: String, name: String)] = [:]
}
