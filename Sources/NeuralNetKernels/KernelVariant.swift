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
/// Layouts, shared by every kernel: a packed A panel is `RegisterTile.rows`-tall slivers, each
/// laid out (depth, rows); a packed B block is `RegisterTile.columns`-wide slivers, each laid
/// out (depth, columns); both are zero-padded past the operand's edge. C is row-major with rows
/// `ldc` apart.
public protocol KernelVariant {
    /// acc ← acc + a·b lane by lane: one fused multiply-add where the instruction set has it
    /// (its rounding then differs from the separate multiply and add by up to half an ulp of
    /// the product per step).
    static func multiplyAdd(
        _ acc: inout SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>)

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
}
