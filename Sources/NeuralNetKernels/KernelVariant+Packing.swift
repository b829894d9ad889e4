/// Packing of explicit GEMM operands into the layouts the register tile streams.
extension KernelVariant {
    /// Packs op(B)[row0 ..< row0+depth, col0 ..< col0+width] into `RegisterTile.columns`-wide
    /// slivers, each laid out (depth, columns) and zero-padded past `width`.
    @inlinable @inline(__always)
    public static func packB(
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool, row0: Int, col0: Int,
        depth: Int, width: Int, into packed: UnsafeMutablePointer<Float>
    ) {
        let nr = RegisterTile.columns
        var sliver = 0
        while sliver < width {
            let cols = min(nr, width - sliver)
            let out = packed + sliver * depth
            for p in 0..<depth {
                let row = out + p &* nr
                if transposeB {
                    for j in 0..<cols { row[j] = b[(col0 + sliver + j) &* ldb &+ row0 &+ p] }
                } else {
                    let src = b + (row0 + p) * ldb + col0 + sliver
                    for j in 0..<cols { row[j] = src[j] }
                }
                for j in cols..<nr { row[j] = 0 }
            }
            sliver &+= nr
        }
    }

    /// Packs op(A)[row0 ..< row0+height, col0 ..< col0+depth] into `RegisterTile.rows`-tall
    /// slivers, each laid out (depth, rows) and zero-padded past `height`.
    @inlinable @inline(__always)
    public static func packA(
        a: UnsafePointer<Float>, lda: Int, transposeA: Bool, row0: Int, col0: Int,
        depth: Int, height: Int, into packed: UnsafeMutablePointer<Float>
    ) {
        let mr = RegisterTile.rows
        var sliver = 0
        while sliver < height {
            let rows = min(mr, height - sliver)
            let out = packed + sliver * depth
            if transposeA {
                for p in 0..<depth {
                    let src = a + (col0 + p) * lda + row0 + sliver
                    for i in 0..<rows { out[p &* mr &+ i] = src[i] }
                    for i in rows..<mr { out[p &* mr &+ i] = 0 }
                }
            } else {
                for i in 0..<rows {
                    let src = a + (row0 + sliver + i) * lda + col0
                    for p in 0..<depth { out[p &* mr &+ i] = src[p] }
                }
                for i in rows..<mr {
                    for p in 0..<depth { out[p &* mr &+ i] = 0 }
                }
            }
            sliver &+= mr
        }
    }
}
