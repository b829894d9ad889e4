/// A rectangle cut into a grid of blocks, some of which may be left out (solid), meshed with
/// graded quadrilaterals that match across block sides. Enough for a channel, a backward-facing
/// step and an L-shape.
public struct BlockLayout: Sendable, Equatable {
    /// (nColumns + 1) x positions of the block edges, increasing, m.
    public var xEdges: [Double]
    /// (nRows + 1) y positions of the block edges, increasing, m.
    public var yEdges: [Double]
    /// (nColumns) cells across each block column.
    public var cellsX: [Int]
    /// (nRows) cells across each block row.
    public var cellsY: [Int]
    /// (nColumns) ratio last/first cell width in x within each block column (1: uniform).
    public var gradingX: [Double]
    /// (nRows) ratio last/first cell height in y within each block row (1: uniform).
    public var gradingY: [Double]
    /// (nRows × nColumns, row-major: row·nColumns + column) true where the block holds fluid.
    public var isFluid: [Bool]
    /// Patch name of each block side that lies on the boundary; sides not listed take the
    /// side's own name (`left`, `right`, `bottom`, `top`).
    public var patchNames: [BlockSide: String]

    /// A layout with every block fluid, uniform grading and default patch names.
    public init(xEdges: [Double], yEdges: [Double], cellsX: [Int], cellsY: [Int]) {
        self.xEdges = xEdges
        self.yEdges = yEdges
        self.cellsX = cellsX
        self.cellsY = cellsY
        self.gradingX = Array(repeating: 1, count: cellsX.count)
        self.gradingY = Array(repeating: 1, count: cellsY.count)
        self.isFluid = Array(repeating: true, count: cellsX.count * cellsY.count)
        self.patchNames = [:]
    }

    /// Number of block columns.
    public var nColumns: Int { cellsX.count }
    /// Number of block rows.
    public var nRows: Int { cellsY.count }

    /// Whether block (column, row) exists and holds fluid.
    public func holdsFluid(column: Int, row: Int) -> Bool {
        column >= 0 && column < nColumns && row >= 0 && row < nRows
            && isFluid[row * nColumns + column]
    }
}
