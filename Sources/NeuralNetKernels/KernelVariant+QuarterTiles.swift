/// The register tile for builds with 16 vector registers (AVX2's YMM, SSE2's XMM): 16
/// accumulators of a whole 8 × 32 tile do not fit, and spilling them costs a load and a store
/// per multiply-add, so the tile is taken as sub-tiles of 4 rows × 2 vectors (8 accumulators,
/// 2 B vectors and a broadcast: 11 registers), each over the whole depth. The packed layouts are
/// those of the whole tile, so every build shares the packing.
extension KernelVariant {
    /// C[0..<rows, 0..<cols] (+)= A·B for one register tile (as `multiplyTile`), in sub-tiles
    /// of 4 rows × 2·`V.scalarCount` columns; sub-tiles wholly past `rows` or `cols` (the zero
    /// padding of an edge tile) are skipped.
    @inlinable @inline(__always)
    public static func multiplyTileInQuarters<V: SIMD>(
        _ vector: V.Type, depth: Int, packedA: UnsafePointer<Float>,
        packedB: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int,
        cols: Int, overwrite: Bool
    ) where V.Scalar == Float {
        let width = 2 &* V.scalarCount
        var row0 = 0
        while row0 < rows {
            var col0 = 0
            while col0 < cols {
                quarterTile(
                    V.self, depth: depth, packedA: packedA + row0, packedB: packedB + col0,
                    c: c + (row0 &* ldc &+ col0), ldc: ldc, rows: min(4, rows &- row0),
                    cols: min(width, cols &- col0), overwrite: overwrite)
                col0 &+= width
            }
            row0 &+= 4
        }
    }

    /// C[0..<4, 0..<2w] (+)= Σ_p A[p, 0..<4]ᵀ · B[p, 0..<2w], w = `V.scalarCount`, reading A
    /// with the sliver's stride of 8 per depth step and B with its stride of 32; only the
    /// top-left `rows × cols` part is written back.
    @inlinable @inline(__always)
    static func quarterTile<V: SIMD>(
        _ vector: V.Type, depth: Int, packedA: UnsafePointer<Float>,
        packedB: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int,
        cols: Int, overwrite: Bool
    ) where V.Scalar == Float {
        var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V(), c30 = V()
        var c31 = V()
        let rawB = UnsafeRawPointer(packedB)
        let bStep = RegisterTile.columns &* 4
        let half = V.scalarCount &* 4
        var ap = packedA
        for p in 0..<depth {
            let b0 = rawB.loadUnaligned(fromByteOffset: p &* bStep, as: V.self)
            let b1 = rawB.loadUnaligned(fromByteOffset: p &* bStep &+ half, as: V.self)
            var av = V(repeating: ap[0])
            multiplyAdd(&c00, av, b0)
            multiplyAdd(&c01, av, b1)
            av = V(repeating: ap[1])
            multiplyAdd(&c10, av, b0)
            multiplyAdd(&c11, av, b1)
            av = V(repeating: ap[2])
            multiplyAdd(&c20, av, b0)
            multiplyAdd(&c21, av, b1)
            av = V(repeating: ap[3])
            multiplyAdd(&c30, av, b0)
            multiplyAdd(&c31, av, b1)
            ap += RegisterTile.rows
        }
        let whole = rows == 4 && cols == 2 &* V.scalarCount
        func write(_ value: V, _ i: Int, _ half: Int) {
            storeTileVector(
                value, row: i, vector: half, c: c, ldc: ldc, rows: rows, cols: cols, whole: whole,
                overwrite: overwrite)
        }
        write(c00, 0, 0)
        write(c01, 0, 1)
        write(c10, 1, 0)
        write(c11, 1, 1)
        write(c20, 2, 0)
        write(c21, 2, 1)
        write(c30, 3, 0)
        write(c31, 3, 1)
    }

    /// Writes one accumulator of a register tile back to C: `value` holds columns
    /// vector·w ..< (vector+1)·w (w = `V.scalarCount`) of tile row `row`; C (+)= it. Rows at or
    /// past `rows` and columns past `cols` (the zero padding of an edge tile) are not written;
    /// `whole` (the tile is not cut by an edge) stores the vector at once.
    @inlinable @inline(__always)
    static func storeTileVector<V: SIMD>(
        _ value: V, row: Int, vector: Int, c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int,
        cols: Int, whole: Bool, overwrite: Bool
    ) where V.Scalar == Float {
        if row >= rows { return }
        let target = c + (row &* ldc &+ vector &* V.scalarCount)
        if whole {
            let raw = UnsafeMutableRawPointer(target)
            let old = overwrite ? V() : raw.loadUnaligned(as: V.self)
            raw.storeBytes(of: old + value, as: V.self)
            return
        }
        for j in 0..<max(0, min(V.scalarCount, cols - vector &* V.scalarCount)) {
            target[j] = overwrite ? value[j] : target[j] + value[j]
        }
    }
}
