import NeuralNetKernels

/// A matrix op(A) (m, k) packed once into the GEMM's A panels, for operands reused across
/// many products (a layer's weights across the sample groups of a batch, or across inference
/// calls). Panels follow `GEMM.blockedSerial`'s blocking for this m and k: row blocks of
/// min(mc, m rounded up to mr) and depth blocks of min(kc, k); each panel is laid out as
/// `KernelVariant.packA` writes it (the same in every kernel variant, so panels packed under one
/// serve them all). `panel` returns a stored panel when the request matches one, and otherwise
/// packs into the scratch panel (e.g. when a parallel strip splits the rows).
final class PackedPanels {
    /// Version of the `Parameter` the panels were packed from.
    let version: Int
    let transposed: Bool
    private let m: Int
    private let k: Int
    private let rowBlock: Int
    private let depthBlock: Int
    private let storage: UnsafeMutableRawPointer
    private let lda: Int

    /// Packs op(A) for `a` (row stride `lda`).
    init(
        a: UnsafeBufferPointer<Float>, lda: Int, transposed: Bool, m: Int, k: Int, version: Int
    ) {
        self.version = version
        self.transposed = transposed
        self.m = m
        self.k = k
        self.lda = lda
        rowBlock = min(GEMM.mc, (m + GEMM.mr - 1) / GEMM.mr * GEMM.mr)
        depthBlock = min(GEMM.kc, k)
        let paddedRows = (m + GEMM.mr - 1) / GEMM.mr * GEMM.mr
        storage = UnsafeMutableRawPointer.allocate(byteCount: paddedRows * k * 4, alignment: 64)
        let panels = storage.bindMemory(to: Float.self, capacity: paddedRows * k)
        guard let a = a.baseAddress else { return }
        let kernels = KernelDispatch.kernels
        for (rows, depth) in blocks() {
            kernels.packA(
                a: a, lda: lda, transposeA: transposed, row0: rows.lowerBound,
                col0: depth.lowerBound, depth: depth.count, height: rows.count,
                into: panels + offset(rows: rows, depth: depth))
        }
    }

    deinit { storage.deallocate() }

    /// Row and depth ranges of every panel, in storage order.
    private func blocks() -> [(Range<Int>, Range<Int>)] {
        stride(from: 0, to: m, by: rowBlock).flatMap { i in
            stride(from: 0, to: k, by: depthBlock).map { p in
                (i..<min(i + rowBlock, m), p..<min(p + depthBlock, k))
            }
        }
    }

    /// Offset of the panel for `rows` × `depth` in the storage (in floats): earlier row blocks
    /// are full (rowBlock·k floats each); within a block each depth panel holds the block's
    /// rows rounded up to `mr`.
    private func offset(rows: Range<Int>, depth: Range<Int>) -> Int {
        let paddedHeight = (rows.count + GEMM.mr - 1) / GEMM.mr * GEMM.mr
        return rows.lowerBound * k + depth.lowerBound * paddedHeight
    }

    /// A `GEMM.PanelSource` serving the stored panels, packing other blocks from `a` (the same
    /// matrix the panels were built from) with `kernels`.
    func panel(
        rows: Range<Int>, depth: Range<Int>, scratch: UnsafeMutablePointer<Float>,
        a: UnsafePointer<Float>, kernels: any KernelVariant.Type
    ) -> UnsafePointer<Float> {
        let aligned =
            rows.lowerBound % rowBlock == 0 && rows.count == min(rowBlock, m - rows.lowerBound)
            && depth.lowerBound % depthBlock == 0
            && depth.count == min(depthBlock, k - depth.lowerBound)
        if aligned {
            let panels = storage.assumingMemoryBound(to: Float.self)
            return UnsafePointer(panels + offset(rows: rows, depth: depth))
        }
        kernels.packA(
            a: a, lda: lda, transposeA: transposed, row0: rows.lowerBound, col0: depth.lowerBound,
            depth: depth.count, height: rows.count, into: scratch)
        return UnsafePointer(scratch)
    }
}
