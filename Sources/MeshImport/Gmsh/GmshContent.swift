import FiniteVolume

/// A physical group: Gmsh's (dimension, tag) pair, named in `$PhysicalNames` or not.
struct PhysicalGroup: Hashable {
    /// 0 points, 1 curves, 2 surfaces, 3 volumes.
    var dimension: Int
    /// The group's tag.
    var tag: Int
}

/// What a Gmsh file holds that a finite-volume mesh needs, in file order, before faces are
/// built: nodes, first-order elements with node indices and physical group, group names.
struct GmshContent {
    /// (nNodes) node coordinates in file order, m.
    var coordinates: [Vector3] = []
    /// Node tag → index into `coordinates`.
    var nodeIndex = NodeTagIndex()
    /// (nElements) type of each element of dimension 1 to 3 (points are dropped).
    var elementTypes: [GmshElementType] = []
    /// (nElements) Gmsh's element tag, for messages.
    var elementTags: [Int] = []
    /// (nElements) physical group tag of each element, 0 for none.
    var elementPhysical: [Int] = []
    /// (nElements + 1) element e's nodes are `elementNodes[elementNodeStart[e]..<[e + 1]]`.
    var elementNodeStart: [Int] = [0]
    /// Node indices (into `coordinates`) of all elements, in Gmsh's node order.
    var elementNodes: [Int] = []
    /// Names from `$PhysicalNames`.
    var physicalNames: [PhysicalGroup: String] = [:]
    /// Notices gathered while parsing.
    var notices: [String] = []

    /// Number of elements kept.
    var elementCount: Int { elementTypes.count }

    /// Node indices of element `e`.
    func nodes(of e: Int) -> ArraySlice<Int> {
        elementNodes[elementNodeStart[e]..<elementNodeStart[e + 1]]
    }
}
