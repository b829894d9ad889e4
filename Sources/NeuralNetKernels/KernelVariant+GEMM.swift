/// The GEMM inner loops: every register tile of one packed A panel times one packed B block.
extension KernelVariant {
    /// C[0..<rows, 0..<columns] (+)= A·B tile by tile: the loops over B slivers (outer) and A
    /// slivers (inner) of the BLIS order, each pair one `multiplyTile` call. `packedA` holds
    /// ⌈rows/8⌉ slivers of 8·depth floats, `packedB` ⌈columns/32⌉ slivers of 32·depth floats.
    @inlinable @inline(__always)
    public static func multiplyPanels(
        depth: Int, rows: Int, columns: Int, packedA: UnsafePointer<Float>,
        packedB: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int,
        overwrite: Bool
    ) {
        let mr = RegisterTile.rows
        let nr = RegisterTile.columns
        var jr = 0
        while jr < columns {
            var ir = 0
            while ir < rows {
                multiplyTile(
                    depth: depth, packedA: packedA + ir &* depth, packedB: packedB + jr &* depth,
                    c: c + (ir &* ldc &+ jr), ldc: ldc, rows: min(mr, rows &- ir),
                    cols: min(nr, columns &- jr), overwrite: overwrite)
                ir &+= mr
            }
            jr &+= nr
        }
    }

    /// The 8 × 32 register tile: C[0..<8, 0..<32] (+)= Σ_p Apack[p, 0..<8]ᵀ · Bpack[p, 0..<32].
    /// `packedA` is laid out (depth, 8), `packedB` (depth, 32); the tile of C starts at `c`
    /// with rows `ldc` apart and only its top-left `rows × cols` part is written back.
    @inlinable @inline(__always)
    public static func multiplyTile(
        depth: Int, packedA: UnsafePointer<Float>, packedB: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int, overwrite: Bool
    ) {
        typealias V = SIMD16<Float>
        var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V(), c30 = V()
        var c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V(), c60 = V(), c61 = V()
        var c70 = V(), c71 = V()
        let rawB = UnsafeRawPointer(packedB)
        var ap = packedA
        for p in 0..<depth {
            let b0 = rawB.loadUnaligned(fromByteOffset: p &* 128, as: V.self)
            let b1 = rawB.loadUnaligned(fromByteOffset: p &* 128 &+ 64, as: V.self)
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
            av = V(repeating: ap[4])
            multiplyAdd(&c40, av, b0)
            multiplyAdd(&c41, av, b1)
            av = V(repeating: ap[5])
            multiplyAdd(&c50, av, b0)
            multiplyAdd(&c51, av, b1)
            av = V(repeating: ap[6])
            multiplyAdd(&c60, av, b0)
            multiplyAdd(&c61, av, b1)
            av = V(repeating: ap[7])
            multiplyAdd(&c70, av, b0)
            multiplyAdd(&c71, av, b1)
            ap += 8
        }
        let whole = rows == RegisterTile.rows && cols == RegisterTile.columns
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
        write(c40, 4, 0)
        write(c41, 4, 1)
        write(c50, 5, 0)
        write(c51, 5, 1)
        write(c60, 6, 0)
        write(c61, 6, 1)
        write(c70, 7, 0)
        write(c71, 7, 1)
    }
}
