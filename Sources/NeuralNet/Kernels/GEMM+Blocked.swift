import NeuralNetKernels

/// Packed, register-blocked GEMM (the BLIS loop order).
///
/// Loops, outermost first: column blocks of `nc`, depth blocks of `kc` (B block packed into
/// `nr`-wide slivers, each sliver laid out (kc, nr)), row blocks of `mc` (A block packed into
/// `mr`-tall slivers laid out (kc, mr)), then an `mr × nr` micro-kernel that keeps the tile of C
/// in 16 `SIMD16<Float>` registers and streams one A column and one B row per step.
/// Transposition is absorbed by the packing, so there is a single micro-kernel. The packing and
/// the register tiles run in the kernel variant `KernelDispatch` chose for this CPU (AVX-512,
/// AVX2 + FMA or portable; see NeuralNetKernels); this file holds the blocking around them.
extension GEMM {
    static var mr: Int { RegisterTile.rows }
    static var nr: Int { RegisterTile.columns }
    static let mc = 128
    static let kc = 256
    static let nc = 1024

    /// Work (2·m·n·k) above which `blocked` splits C between cores.
    static let parallelFlops = 4.0e6

    /// Packs a block of an operand: for A, op(A)[rows, depth range] into `mr`-tall slivers
    /// each laid out (depth, mr); for B, op(B)[depth range, columns] into `nr`-wide slivers each
    /// laid out (depth, nr); zero-padded past the block's edge. Layers with an implicit operand
    /// (a convolution's im2col matrix) supply their own.
    typealias Packer = (
        _ rows: Range<Int>, _ columns: Range<Int>, _ into: UnsafeMutablePointer<Float>
    ) -> Void

    /// Provides a packed block of A (layout as for `Packer`): either packs it into the scratch
    /// panel and returns that, or returns a panel packed earlier (`PackedPanels`).
    typealias PanelSource = (
        _ rows: Range<Int>, _ depth: Range<Int>, _ scratch: UnsafeMutablePointer<Float>
    ) -> UnsafePointer<Float>

    /// Same contract as `naive`; splits C into column (or row) strips across cores when large.
    public static func blocked(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool,
        parallel: Bool = true
    ) {
        let kernels = KernelDispatch.kernels
        blocked(
            m: m, n: n, k: k,
            packA: { rows, depth, into in
                kernels.packA(
                    a: a, lda: lda, transposeA: transposeA, row0: rows.lowerBound,
                    col0: depth.lowerBound, depth: depth.count, height: rows.count, into: into)
                return UnsafePointer(into)
            },
            packB: { depth, columns, into in
                kernels.packB(
                    b: b, ldb: ldb, transposeB: transposeB, row0: depth.lowerBound,
                    col0: columns.lowerBound, depth: depth.count, width: columns.count,
                    into: into)
            },
            c: c, ldc: ldc, accumulate: accumulate, parallel: parallel)
    }

    /// C (m, n) [+]= op(A)·op(B) with the operands given by their packers.
    static func blocked(
        m: Int, n: Int, k: Int, packA: PanelSource, packB: Packer,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, parallel: Bool
    ) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            if !accumulate {
                for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) }
            }
            return
        }
        let kernels = KernelDispatch.kernels
        let strips = parallel && flops(m: m, n: n, k: k) >= parallelFlops ? 2 : 1
        if strips == 1 {
            blockedSerial(
                m: m, n: n, k: k, packA: packA, packB: packB, c: c, ldc: ldc,
                accumulate: accumulate, kernels: kernels)
        } else if n >= m {
            let width = ((n + strips - 1) / strips + nr - 1) / nr * nr
            ParallelLoop.forEach(strips) { strip in
                let j0 = strip * width
                let cols = min(width, n - j0)
                if cols <= 0 { return }
                blockedSerial(
                    m: m, n: cols, k: k, packA: packA,
                    packB: { depth, columns, into in
                        packB(depth, (columns.lowerBound + j0)..<(columns.upperBound + j0), into)
                    },
                    c: c + j0, ldc: ldc, accumulate: accumulate, kernels: kernels)
            }
        } else {
            let height = ((m + strips - 1) / strips + mr - 1) / mr * mr
            ParallelLoop.forEach(strips) { strip in
                let i0 = strip * height
                let rows = min(height, m - i0)
                if rows <= 0 { return }
                blockedSerial(
                    m: rows, n: n, k: k,
                    packA: { block, depth, into in
                        packA((block.lowerBound + i0)..<(block.upperBound + i0), depth, into)
                    },
                    packB: packB, c: c + i0 * ldc, ldc: ldc, accumulate: accumulate,
                    kernels: kernels)
            }
        }
    }

    /// One core's share of `blocked`, its register tiles computed by `kernels`.
    static func blockedSerial(
        m: Int, n: Int, k: Int, packA: PanelSource, packB: Packer,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool,
        kernels: any KernelVariant.Type
    ) {
        let ncEff = min(nc, (n + nr - 1) / nr * nr)
        let mcEff = min(mc, (m + mr - 1) / mr * mr)
        let kcEff = min(kc, k)
        // Cache-line aligned, so that no 64-byte load of a B sliver straddles two lines.
        let rawB = UnsafeMutableRawPointer.allocate(byteCount: kcEff * ncEff * 4, alignment: 64)
        let rawA = UnsafeMutableRawPointer.allocate(byteCount: kcEff * mcEff * 4, alignment: 64)
        defer {
            rawB.deallocate()
            rawA.deallocate()
        }
        let packedB = rawB.bindMemory(to: Float.self, capacity: kcEff * ncEff)
        let packedA = rawA.bindMemory(to: Float.self, capacity: kcEff * mcEff)
        var jc = 0
        while jc < n {
            let nb = min(ncEff, n - jc)
            var pc = 0
            while pc < k {
                let kb = min(kcEff, k - pc)
                packB(pc..<(pc + kb), jc..<(jc + nb), packedB)
                let first = pc == 0 && !accumulate
                var ic = 0
                while ic < m {
                    let mb = min(mcEff, m - ic)
                    let panelA = packA(ic..<(ic + mb), pc..<(pc + kb), packedA)
                    kernels.multiplyPanels(
                        depth: kb, rows: mb, columns: nb, packedA: panelA, packedB: packedB,
                        c: c + ic * ldc + jc, ldc: ldc, overwrite: first)
                    ic &+= mb
                }
                pc &+= kb
            }
            jc &+= nb
        }
    }
}
