/// One side of one block in a `BlockLayout`, used to name the boundary patch on that side.
public struct BlockSide: Sendable, Hashable {
    /// Column of the block (0 = smallest x).
    public var column: Int
    /// Row of the block (0 = smallest y).
    public var row: Int
    /// Which side.
    public var side: Side

    /// The four sides of a rectangular block, named as the default patch names.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        /// x = block's smallest x.
        case left
        /// x = block's largest x.
        case right
        /// y = block's smallest y.
        case bottom
        /// y = block's largest y.
        case top
    }

    /// Side `side` of the block in `column`, `row`.
    public init(column: Int, row: Int, side: Side) {
        self.column = column
        self.row = row
        self.side = side
    }
}
