import NeuralNet
import Testing

/// One thread and all cores compute the same bits: every concurrent loop cuts its work the same
/// way whatever the number of threads, and sums across the cut in a fixed order, so the bound
/// is zero, not round-off. Sizes are chosen so that every concurrent path runs: GEMMs above
/// the strip threshold, convolutions over several sample groups and chunks, and BatchNorm,
/// ReLU-gradient, residual-sum, pooling and Adam passes above the element grain.
@Suite struct ThreadCountTests {
    /// Runs `body` once on one thread and once on all cores; cancelled on a one-core machine.
    static func serialAndParallel<Result>(_ body: () -> Result) throws -> (Result, Result) {
        guard ParallelLoop.threads > 1 else {
            try Test.cancel("one core: nothing runs concurrently")
        }
        return (ParallelLoop.serially(body), body())
    }

    /// Whether two arrays hold the same bits.
    static func sameBits(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }

    /// (m, n, k, transposeA, transposeB): split by columns, by columns with Aᵀ, by rows with
    /// Bᵀ; 2·m·n·k above `GEMM`'s threshold for splitting, sizes off every tile edge.
    @Test(arguments: [
        (300, 200, 150, false, false), (96, 640, 130, true, false), (520, 72, 300, false, true),
    ])
    func gemmStripsGiveTheSameBitsAsOneThread(shape: (Int, Int, Int, Bool, Bool)) throws {
        let (m, n, k, transposeA, transposeB) = shape
        var rng = SplitMix64(seed: UInt64(m * n + k))
        let a = (0..<(m * k)).map { _ in rng.nextNormal() }
        let b = (0..<(k * n)).map { _ in rng.nextNormal() }
        let (one, all) = try Self.serialAndParallel {
            var c = [Float](repeating: 0, count: m * n)
            GEMM.blocked(
                m: m, n: n, k: k, a: a, lda: transposeA ? m : k, transposeA: transposeA, b: b,
                ldb: transposeB ? k : n, transposeB: transposeB, c: &c, ldc: n,
                accumulate: false)
            return c
        }
        #expect(Self.sameBits(one, all))
    }

    @Test func aTrainingStepGivesTheSameBitsAsOneThread() throws {
        var configuration = ResNetConfiguration()
        configuration.filters = [24, 48, 48]
        configuration.mlpBlocks = 1
        configuration.mlpWidth = 16
        configuration.mlpHiddenWidth = 32
        configuration.outputs = 2
        let (batch, time) = (24, 96)
        var rng = SplitMix64(seed: 11)
        let samples = SampleSet(
            sequences: Tensor(
                shape: [batch, 6, time],
                scalars: (0..<(batch * 6 * time)).map { _ in rng.nextNormal() }),
            features: Tensor(
                shape: [batch, 8], scalars: (0..<(batch * 8)).map { _ in rng.nextNormal() }),
            targets: Tensor(
                shape: [batch, 2], scalars: (0..<(batch * 2)).map { _ in rng.nextNormal() }))
        func twoSteps() -> (output: [Float], gradients: [Float], weights: [Float]) {
            let network = ResNet(configuration: configuration, seed: 5)
            let trainer = Trainer(configuration: TrainingConfiguration())
            let optimiser = Adam()
            for _ in 0..<2 {
                _ = trainer.step(
                    network, optimiser: optimiser, batch: samples, learningRate: 1e-3,
                    objective: { Loss.meanSquaredError(prediction: $0, target: $1) })
            }
            let output = network.forward(
                sequences: samples.sequences, features: samples.features, mode: .inference)
            let parameters = network.namedParameters.map(\.parameter)
            return (
                output.scalars, parameters.flatMap(\.gradient.scalars),
                parameters.flatMap(\.value.scalars)
            )
        }
        let (one, all) = try Self.serialAndParallel(twoSteps)
        #expect(Self.sameBits(one.output, all.output))
        #expect(Self.sameBits(one.gradients, all.gradients))
        #expect(Self.sameBits(one.weights, all.weights))
    }
}
