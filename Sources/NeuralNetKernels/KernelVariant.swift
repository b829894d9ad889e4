/// The hot loops of the network engine, compiled once per instruction set.
///
/// The loops are written once, as the default implementations in the extensions of this
/// protocol (`@inlinable`, always inlined). A conforming type in a module built for one
/// instruction set (`AVX512Kernels` with `-march=x86-64-v4`, `AVX2Kernels` with
/// `-march=x86-64-v3`, `PortableKernels` in this module, built for the baseline) makes the
/// compiler emit its conformance's witnesses there, so each conformance carries its own machine
/// code for the same Swift loops. NeuralNet picks one conformance at start-up from the CPU
/// (`KernelDispatch`) and calls the kernels only through it.
///
/// Besides the GEMM and its packers, the element-wise loops of the layers live here too
/// (`KernelVariant+Elementwise`), so that they run as wide as the CPU allows.
///
/// Layouts, shared by every kernel: a packed A panel is `RegisterTile.rows`-tall slivers, each
/// laid out (depth, rows); a packed B block is `RegisterTile.columns`-wide slivers, each laid
/// out (depth, columns); both are zero-padded past the operand's edge. C is row-major with rows
/// `ldc` apart.
public protocol KernelVariant {
    /// acc ← acc + a·b lane by lane: one fused multiply-add where the instruction set has it
    /// (its rounding then differs from the separate multiply and add by up to half an ulp of
    /// the product per step).
    static func multiplyAdd<V: SIMD>(_ acc: inout V, _ a: V, _ b: V) where V.Scalar == Float

    /// C[0..<rows, 0..<cols] (+)= A·B for one register tile: an A sliver (depth, 8) times a
    /// B sliver (depth, 32), `rows` ≤ 8 and `cols` ≤ 32 of it written back. The default keeps
    /// the whole 8 × 32 tile in 16 `SIMD16<Float>` accumulators, which fits AVX-512's 32
    /// registers; builds with fewer or narrower registers take it in quarters
    /// (`multiplyTileInQuarters`).
    static func multiplyTile(
        depth: Int, packedA: UnsafePointer<Float>, packedB: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int, overwrite: Bool)

    /// C[0..<rows, 0..<columns] (+)= A·B for a packed A panel (rows × depth) and a packed B
    /// block (depth × columns): the register tiles of one GEMM block (`KernelVariant+GEMM`).
    static func multiplyPanels(
        depth: Int, rows: Int, columns: Int, packedA: UnsafePointer<Float>,
        packedB: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int,
        overwrite: Bool)

    /// Packs op(A)[row0 ..< row0+height, col0 ..< col0+depth] into A slivers; op(A)[i, p] is
    /// `a[i·lda + p]`, or `a[p·lda + i]` when `transposeA`.
    static func packA(
        a: UnsafePointer<Float>, lda: Int, transposeA: Bool, row0: Int, col0: Int,
        depth: Int, height: Int, into packed: UnsafeMutablePointer<Float>)

    /// Packs op(B)[row0 ..< row0+depth, col0 ..< col0+width] into B slivers; op(B)[p, j] is
    /// `b[p·ldb + j]`, or `b[j·ldb + p]` when `transposeB`.
    static func packB(
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool, row0: Int, col0: Int,
        depth: Int, width: Int, into packed: UnsafeMutablePointer<Float>)

    /// B = X, the im2col matrix of a convolution input (`KernelVariant+Convolution`).
    static func packPatches(
        _ shape: ConvolutionShape, x: UnsafePointer<Float>, patchRows: Range<Int>,
        columns: Range<Int>, into packed: UnsafeMutablePointer<Float>)

    /// B = Xᵀ (`KernelVariant+Convolution`).
    static func packPatchesTransposed(
        _ shape: ConvolutionShape, x: UnsafePointer<Float>, columns: Range<Int>,
        patchRows: Range<Int>, into packed: UnsafeMutablePointer<Float>)

    /// B = ∂Y, the output gradient of a convolution (`KernelVariant+Convolution`).
    static func packOutputGradient(
        _ shape: ConvolutionShape, dy: UnsafePointer<Float>, outputs: Range<Int>,
        columns: Range<Int>, into packed: UnsafeMutablePointer<Float>)

    /// A = ∂Y (`KernelVariant+Convolution`).
    static func packOutputGradientRows(
        _ shape: ConvolutionShape, dy: UnsafePointer<Float>, outputs: Range<Int>,
        columns: Range<Int>, into packed: UnsafeMutablePointer<Float>)

    // The element-wise loops of the layers (`KernelVariant+Elementwise`).

    /// y = x·scale[c] (+ shift[c]) per channel, then (+ residual) and (max(0, ·)): BatchNorm's
    /// normalisation, fused with a residual join and a ReLU.
    static func scaleChannels(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, batch: Int,
        channels: Int, time: Int, scale: UnsafePointer<Float>, shift: UnsafePointer<Float>?,
        adding residual: UnsafePointer<Float>?, rectify: Bool)

    /// Per-channel Σg (and Σg·z) in Double for the `selected` channels, g = x or masked by a
    /// ReLU's output: BatchNorm's statistics and gradient sums.
    static func channelSums(
        _ x: UnsafePointer<Float>, mask: UnsafePointer<Float>?, times z: UnsafePointer<Float>?,
        batch: Int, channels: Int, time: Int, selected: Range<Int>,
        sums: UnsafeMutablePointer<Double>, products: UnsafeMutablePointer<Double>?)

    /// Per-channel Σ(x − centre)² in Double for the `selected` channels: BatchNorm's variance.
    static func channelCentredSquares(
        _ x: UnsafePointer<Float>, batch: Int, channels: Int, time: Int, selected: Range<Int>,
        centres: UnsafePointer<Float>, squares: UnsafeMutablePointer<Double>)

    /// BatchNorm's input gradient with batch statistics (through a fused ReLU with `mask`).
    static func normalisationGradient(
        x: UnsafePointer<Float>, dy: UnsafePointer<Float>, mask: UnsafePointer<Float>?,
        into dx: UnsafeMutablePointer<Float>, batch: Int, channels: Int, time: Int,
        scale: UnsafePointer<Float>, meanGradient: UnsafePointer<Float>,
        mean: UnsafePointer<Float>, slope: UnsafePointer<Float>)

    /// y = max(0, x).
    static func rectify(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int)

    /// dx = dy where y > 0, else 0.
    static func rectifierGradient(
        output y: UnsafePointer<Float>, dy: UnsafePointer<Float>,
        into dx: UnsafeMutablePointer<Float>, count: Int)

    /// sum = a + b.
    static func add(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        into sum: UnsafeMutablePointer<Float>, count: Int)

    /// target += source.
    static func accumulate(
        _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int)

    /// A convolution's output rows from its GEMM product plus the bias.
    static func scatterAddingBias(
        _ product: UnsafePointer<Float>, bias: UnsafePointer<Float>, outChannels: Int,
        firstSample: Int, samples: Int, time: Int, into y: UnsafeMutablePointer<Float>)

    /// A convolution's input gradient for one sample from the columns' gradient (col2im).
    static func col2im(
        _ dcols: UnsafePointer<Float>, ldc: Int, inChannels: Int, kernelSize: Int, padLeft: Int,
        time: Int, into dx: UnsafeMutablePointer<Float>)

    /// One Adam/AdamW step over a parameter tensor.
    static func adamStep(
        _ step: AdamStep, value: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>,
        first: UnsafeMutablePointer<Float>, second: UnsafeMutablePointer<Float>, count: Int)

    /// Σ p[i] in 16 fixed partial sums.
    static func sum(_ p: UnsafePointer<Float>, _ count: Int) -> Float
}
