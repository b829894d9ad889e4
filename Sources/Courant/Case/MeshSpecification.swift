import FiniteVolume

/// The state of `/mesh`: the mesh source. Either a mesh file (`file`, from `/file/import/gmsh`
/// or `/file/read-mesh`), or, when `file` is nil, a rectangle cut into a grid of blocks (some
/// solid), each meshed with graded quadrilaterals — enough for a cavity, a channel, a
/// backward-facing step or an L-shape.
///
/// Lists are held as given by the user; their consistency (one more edge than blocks, positive
/// counts, increasing edges) is checked when the mesh is built, since a user changes them one at a
/// time and the intermediate states are legitimately inconsistent.
public struct MeshSpecification: Sendable, Equatable {
    /// (nColumns + 1) x positions of block edges, m.
    public var xEdges: [Double] = [0, 1]
    /// (nRows + 1) y positions of block edges, m.
    public var yEdges: [Double] = [0, 1]
    /// (nColumns) cells across each block column.
    public var cellsX: [Int] = [20]
    /// (nRows) cells across each block row.
    public var cellsY: [Int] = [20]
    /// (nColumns) last/first cell-width ratio in each block column.
    public var gradingX: [Double] = [1]
    /// (nRows) last/first cell-height ratio in each block row.
    public var gradingY: [Double] = [1]
    /// Blocks left out of the fluid, as (column, row).
    public var solidBlocks: [BlockIndex] = []
    /// Patch name per boundary block side, keyed by `BoundarySideKey`; sides not named take the
    /// side's own name (`left`, `right`, `bottom`, `top`).
    public var patchNames: [String: String] = [:]
    /// The mesh file the case uses instead of the blocks; nil for the block generator.
    public var file: MeshFileSource?
    /// `/mesh/file/format`: how `/mesh/file/name` reads its file.
    public var fileFormat = MeshFileFormat.gmsh

    /// The default layout: the unit square (1 m × 1 m) as one block of 20 × 20 uniform cells, its
    /// four sides named `left`, `right`, `bottom`, `top`.
    public init() {}

    /// A block of the layout, (column, row) from the lower-left corner.
    public struct BlockIndex: Sendable, Hashable {
        /// 0-based block column, counted from the left (x).
        public var column: Int
        /// 0-based block row, counted from the bottom (y).
        public var row: Int
        /// The block in `column` and `row`; not checked against the layout.
        public init(column: Int, row: Int) {
            self.column = column
            self.row = row
        }
    }

    private var nColumns: Int { cellsX.count }
    private var nRows: Int { cellsY.count }

    private func holdsFluid(_ column: Int, _ row: Int) -> Bool {
        column >= 0 && column < nColumns && row >= 0 && row < nRows
            && !solidBlocks.contains(BlockIndex(column: column, row: row))
    }

    /// Every block side on the boundary of the fluid region, in a stable order (blocks row by
    /// row from the bottom, sides left, right, bottom, top), as keys `block-C-R-SIDE`.
    public var boundarySideKeys: [String] {
        var keys: [String] = []
        for row in 0..<nRows {
            for column in 0..<nColumns where holdsFluid(column, row) {
                for side in BlockSide.Side.allCases {
                    let (dc, dr) = Self.offset(side)
                    if !holdsFluid(column + dc, row + dr) {
                        keys.append(Self.key(column: column, row: row, side: side))
                    }
                }
            }
        }
        return keys
    }

    /// The patch name of the boundary side `key`.
    public func patchName(ofSide key: String) -> String {
        patchNames[key] ?? String(key.split(separator: "-").last ?? "")
    }

    /// The boundary patch names of the mesh: the file's zones in file order, or the distinct
    /// patch names of the block layout in order of first appearance.
    public var patchNameList: [String] {
        if let file { return file.imported.zones.map(\.name) }
        var seen: Set<String> = []
        return boundarySideKeys.map(patchName(ofSide:)).filter { seen.insert($0).inserted }
    }

    /// The generator's input; throws a one-line reason when the lists are inconsistent.
    public func blockLayout() throws -> BlockLayout {
        for (name, count, expected, what) in [
            ("x-edges", xEdges.count, nColumns + 1, "one more than cells-x has values"),
            ("y-edges", yEdges.count, nRows + 1, "one more than cells-y has values"),
            ("grading-x", gradingX.count, nColumns, "one per block column (cells-x)"),
            ("grading-y", gradingY.count, nRows, "one per block row (cells-y)"),
        ] where count != expected {
            throw Mesh.LayoutError.inconsistent(
                "/mesh/\(name) has \(count) values; it needs \(expected), \(what)")
        }
        var layout = BlockLayout(xEdges: xEdges, yEdges: yEdges, cellsX: cellsX, cellsY: cellsY)
        layout.gradingX = gradingX
        layout.gradingY = gradingY
        for block in solidBlocks {
            guard (0..<nColumns).contains(block.column), (0..<nRows).contains(block.row) else {
                throw Mesh.LayoutError.inconsistent(
                    "solid block (\(block.column), \(block.row)) is outside the layout")
            }
            layout.isFluid[block.row * nColumns + block.column] = false
        }
        for key in boundarySideKeys {
            guard let side = Self.side(ofKey: key) else { continue }
            layout.patchNames[side] = patchName(ofSide: key)
        }
        return layout
    }

    /// The mesh's dimension: the file's, or 2 for the block layout (a plane mesh).
    public var dimension: Int { file?.imported.dimension ?? 2 }

    /// Builds the mesh, after checking that the machine can hold a solution on it (see
    /// `checkMemory`; `memory` defaults to what the machine has now).
    public func mesh(memory: MachineMemory? = .current()) throws -> Mesh {
        if let file {
            try checkMemory(memory)
            return try file.mesh()
        }
        let layout = try blockLayout()
        try checkMemory(memory)
        return try Mesh.blocks(layout)
    }

    static func key(column: Int, row: Int, side: BlockSide.Side) -> String {
        "block-\(column)-\(row)-\(side.rawValue)"
    }

    static func side(ofKey key: String) -> BlockSide? {
        let parts = key.split(separator: "-")
        guard parts.count == 4, let column = Int(parts[1]), let row = Int(parts[2]),
            let side = BlockSide.Side(rawValue: String(parts[3]))
        else { return nil }
        return BlockSide(column: column, row: row, side: side)
    }

    private static func offset(_ side: BlockSide.Side) -> (Int, Int) {
        switch side {
        case .left: (-1, 0)
        case .right: (1, 0)
        case .bottom: (0, -1)
        case .top: (0, 1)
        }
    }
}
