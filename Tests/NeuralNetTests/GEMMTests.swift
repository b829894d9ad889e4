import NeuralNet
import Testing

@Suite struct GEMMTests {
    /// Random matrix entries in [-1, 1) from a seeded generator.
    static func randomMatrix(_ count: Int, _ rng: inout SplitMix64) -> [Float] {
        (0..<count).map { _ in rng.nextUniform(in: -1..<1) }
    }

    /// Every kernel build the CPU runs, for every transposition.
    @Test(
        arguments: InstructionSet.allCases,
        [(false, false), (true, false), (false, true), (true, true)])
    func blockedAgreesWithNaiveForAllTranspositionsAndOddSizes(
        instructionSet: InstructionSet, transpositions: (Bool, Bool)
    ) throws {
        try KernelBuilds.with(instructionSet) {
            blockedAgreesWithNaive(transA: transpositions.0, transB: transpositions.1)
        }
    }

    func blockedAgreesWithNaive(transA: Bool, transB: Bool) {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        for (m, n, k) in [(1, 1, 1), (7, 33, 5), (9, 31, 300), (130, 65, 257), (17, 1100, 3)] {
            for accumulate in [false, true] {
                let a = Self.randomMatrix(m * k, &rng)
                let b = Self.randomMatrix(k * n, &rng)
                let c0 = Self.randomMatrix(m * n, &rng)
                var reference = c0
                var fast = c0
                let lda = transA ? m : k
                let ldb = transB ? k : n
                GEMM.naive(
                    m: m, n: n, k: k, a: a, lda: lda, transposeA: transA, b: b, ldb: ldb,
                    transposeB: transB, c: &reference, ldc: n, accumulate: accumulate)
                GEMM.blocked(
                    m: m, n: n, k: k, a: a, lda: lda, transposeA: transA, b: b, ldb: ldb,
                    transposeB: transB, c: &fast, ldc: n, accumulate: accumulate)
                // Float32 sums of k terms of size ≤ 1: error ≤ k·2⁻²⁴ per element.
                let tolerance = Float(k + 1) * 1.2e-7 * 4
                let worst = zip(reference, fast).map { abs($0 - $1) }.max() ?? 0
                #expect(
                    worst <= tolerance,
                    """
                    \(KernelDispatch.active) m \(m) n \(n) k \(k) acc \(accumulate): \
                    max diff \(worst), seed \(seed)
                    """)
            }
        }
    }
}
