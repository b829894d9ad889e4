// The portable NeuralNet kernels (Sources/NeuralNetKernels) on an arm64 CPU: built with this
// file by the toolchain's Embedded Swift for aarch64 (no arm64 Linux Swift SDK is to be had
// here), linked by Debian's aarch64-linux-gnu-gcc and run under qemu-aarch64
// (NeuralNetTests/Arm64KernelTests). Each kernel is compared with the loops that define it;
// the program prints one line per check and exits 1 if any fails.

/// Uniform numbers in [-1, 1] from a fixed linear congruential sequence.
struct Sequence {
    var state: UInt64 = 42
    mutating func next() -> Float {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Float(Int32(truncatingIfNeeded: state >> 32)) / Float(Int32.max)
    }
    mutating func buffer(_ count: Int) -> UnsafeMutablePointer<Float> {
        let values = UnsafeMutablePointer<Float>.allocate(capacity: count)
        for i in 0..<count { values[i] = next() }
        return values
    }
}

/// C = op(A)·op(B) by packing both operands whole and one `multiplyPanels` call, against the
/// triple loop in Double; float32 sums of k terms of size ≤ 1 stay within 4·(k+1)·2⁻²³.
func gemmAgrees(m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool, _ rng: inout Sequence)
    -> Bool
{
    let a = rng.buffer(m * k)
    let b = rng.buffer(k * n)
    let (mr, nr) = (RegisterTile.rows, RegisterTile.columns)
    let packedA = UnsafeMutablePointer<Float>.allocate(capacity: (m + mr) * k)
    let packedB = UnsafeMutablePointer<Float>.allocate(capacity: (n + nr) * k)
    let c = UnsafeMutablePointer<Float>.allocate(capacity: m * n)
    let (lda, ldb) = (transposeA ? m : k, transposeB ? k : n)
    PortableKernels.packA(
        a: a, lda: lda, transposeA: transposeA, row0: 0, col0: 0, depth: k, height: m,
        into: packedA)
    PortableKernels.packB(
        b: b, ldb: ldb, transposeB: transposeB, row0: 0, col0: 0, depth: k, width: n,
        into: packedB)
    PortableKernels.multiplyPanels(
        depth: k, rows: m, columns: n, packedA: packedA, packedB: packedB, c: c, ldc: n,
        overwrite: true)
    var worst: Float = 0
    for i in 0..<m {
        for j in 0..<n {
            var sum = 0.0
            for p in 0..<k {
                let aip = transposeA ? a[p * lda + i] : a[i * lda + p]
                let bpj = transposeB ? b[j * ldb + p] : b[p * ldb + j]
                sum += Double(aip) * Double(bpj)
            }
            worst = max(worst, abs(c[i * n + j] - Float(sum)))
        }
    }
    return worst <= Float(k + 1) * 4.8e-7
}

/// Element (row, column) of a packed operand: B slivers are `nr` columns wide and laid out
/// (depth, nr); A slivers are `mr` rows tall and laid out (depth, mr).
func packedB(_ packed: UnsafeMutablePointer<Float>, depth: Int, row: Int, column: Int) -> Float {
    let nr = RegisterTile.columns
    return packed[(column / nr) * depth * nr + row * nr + column % nr]
}

func packedA(_ packed: UnsafeMutablePointer<Float>, depth: Int, row: Int, column: Int) -> Float {
    let mr = RegisterTile.rows
    return packed[(row / mr) * depth * mr + column * mr + row % mr]
}

/// The four convolution packers against the matrices they pack, for two samples of 40 steps
/// (columns (s, t) ↦ s·40 + t): X[(c, j), (s, t)] = x[s, c, t + j − 3] (0 outside), Xᵀ, and
/// ∂Y[o, (s, t)] = dy[s, o, t] as B and as A.
func convolutionPackersAgree(_ rng: inout Sequence) -> Bool {
    let shape = ConvolutionShape(
        inChannels: 3, outChannels: 5, kernelSize: 8, padLeft: 3, time: 40, firstSample: 0)
    let (samples, time, patchRows, columns) = (2, 40, 24, 80)
    let x = rng.buffer(samples * 3 * time)
    let dy = rng.buffer(samples * 5 * time)
    func patch(_ row: Int, _ column: Int) -> Float {
        let (channel, tap) = (row / 8, row % 8)
        let (sample, t) = (column / time, column % time)
        let position = t + tap - 3
        return position >= 0 && position < time ? x[(sample * 3 + channel) * time + position] : 0
    }
    func gradient(_ output: Int, _ column: Int) -> Float {
        dy[((column / time) * 5 + output) * time + column % time]
    }
    let scratch = UnsafeMutablePointer<Float>.allocate(capacity: 128 * 128)
    var agrees = true
    PortableKernels.packPatches(
        shape, x: x, patchRows: 0..<patchRows, columns: 0..<columns, into: scratch)
    for r in 0..<patchRows {
        for q in 0..<columns
        where packedB(scratch, depth: patchRows, row: r, column: q) != patch(r, q) {
            agrees = false
        }
    }
    PortableKernels.packPatchesTransposed(
        shape, x: x, columns: 0..<columns, patchRows: 0..<patchRows, into: scratch)
    for q in 0..<columns {
        for r in 0..<patchRows
        where packedB(scratch, depth: columns, row: q, column: r) != patch(r, q) {
            agrees = false
        }
    }
    PortableKernels.packOutputGradient(
        shape, dy: dy, outputs: 0..<5, columns: 0..<columns, into: scratch)
    for o in 0..<5 {
        for q in 0..<columns where packedB(scratch, depth: 5, row: o, column: q) != gradient(o, q) {
            agrees = false
        }
    }
    PortableKernels.packOutputGradientRows(
        shape, dy: dy, outputs: 0..<5, columns: 0..<columns, into: scratch)
    for o in 0..<5 {
        for q in 0..<columns
        where packedA(scratch, depth: columns, row: o, column: q) != gradient(o, q) {
            agrees = false
        }
    }
    return agrees
}

@_cdecl("main")
func main() -> Int32 {
    var rng = Sequence()
    var failures = 0
    for (m, n, k) in [(1, 1, 1), (7, 33, 5), (9, 31, 300), (17, 70, 19)] {
        for (transposeA, transposeB) in [
            (false, false), (true, false), (false, true), (true, true),
        ] {
            if !gemmAgrees(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, &rng) {
                print("GEMM \(m)×\(n)×\(k) transposes \(transposeA) \(transposeB): FAILED")
                failures += 1
            }
        }
    }
    print(failures == 0 ? "GEMM: 16 products agree with the triple loop" : "GEMM: FAILED")
    let packers = convolutionPackersAgree(&rng)
    print(packers ? "convolution packers: all four agree with their matrices" : "packers: FAILED")
    return failures == 0 && packers ? 0 : 1
}
