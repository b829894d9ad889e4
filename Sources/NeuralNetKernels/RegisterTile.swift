/// The GEMM register tile: `rows` × `columns` of C held in 16 `SIMD16<Float>` accumulators
/// (two per row) while the micro-kernel streams one A column and one B row per step.
public enum RegisterTile {
    /// Rows of the tile (the height of a packed A sliver).
    @inlinable public static var rows: Int { 8 }
    /// Columns of the tile (the width of a packed B sliver): two 16-lane vectors.
    @inlinable public static var columns: Int { 32 }
}
