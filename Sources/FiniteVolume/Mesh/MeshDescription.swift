/// A mesh as a file or a generator describes it, before ordering and geometry: points, faces as
/// point lists, the cells on either side of each face, and named boundary zones.
///
/// This is the hand-over between mesh readers (Gmsh, Fluent) and the finite-volume core: faces
/// may come in any order and with either orientation; `Mesh(description:)` orients every face
/// out of its owner, puts internal faces in upper-triangular order, groups boundary faces into
/// one patch per zone and checks the result (closed cells, positive volumes, no empty zone).
public struct MeshDescription: Sendable, Equatable {
    /// One named boundary zone (a Gmsh physical group, a Fluent face zone).
    public struct Zone: Sendable, Equatable {
        /// The zone's name as the user sees it (`inlet`, `cylinder`, `wall-7`…).
        public var name: String
        /// Fluent's zone type when the file gives one (`wall`, `velocity-inlet`,
        /// `pressure-outlet`, `symmetry`…); nil when the format carries none (Gmsh).
        public var type: String?

        /// A zone called `name`, of the given Fluent type if the file states one.
        public init(name: String, type: String? = nil) {
            self.name = name
            self.type = type
        }
    }

    /// 2: a plane mesh of unit depth in z, its faces edges of two points with z = 0;
    /// 3: a volume mesh, its faces polygons of three or more points.
    public var dimension: Int
    /// (nPoints) coordinates, m.
    public var points: [Vector3]
    /// (nFaces) point indices of each face, in order around the face (two in 2-D).
    public var faces: [[Int]]
    /// (nFaces) the cell on one side of each face, 0-based.
    public var owner: [Int]
    /// (nFaces) the cell on the other side, or -1 for a boundary face.
    public var neighbour: [Int]
    /// (nFaces) index into `zones` of each boundary face; -1 for internal faces.
    public var faceZone: [Int]
    /// Boundary zones, each becoming one patch of the same name.
    public var zones: [Zone]
    /// Number of cells.
    public var nCells: Int

    /// A description from its parts; nothing is checked until a `Mesh` is built from it.
    public init(
        dimension: Int, points: [Vector3], faces: [[Int]], owner: [Int], neighbour: [Int],
        faceZone: [Int], zones: [Zone], nCells: Int
    ) {
        self.dimension = dimension
        self.points = points
        self.faces = faces
        self.owner = owner
        self.neighbour = neighbour
        self.faceZone = faceZone
        self.zones = zones
        self.nCells = nCells
    }
}
