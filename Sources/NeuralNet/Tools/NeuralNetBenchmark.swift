import Foundation

/// Speed of the engine on the networks Courant uses, to set beside the PyTorch peer benchmark
/// (`/work/shared/anchors/pytorch-resnet-bench.py`, `scripts/nn_torch_bench.py`): same networks
/// (Wang et al. ResNet on (batch, 6, 128) + 8 features, head of 2, and `bottleneck`, the same
/// inputs and head behind six bottleneck blocks), same loss (MSE on column 0 +
/// BCE-with-logits on column 1), same optimiser (Adam, η = 1e-3).
public enum NeuralNetBenchmark {
    /// Six bottleneck blocks of width 256 (filters 128, 256 × 5; 1×1 convolutions to a quarter
    /// of the channels, a 3-wide convolution, 1×1 back) on the paper network's inputs and head:
    /// a deeper network of about half the paper network's work per sample.
    public static var bottleneck: ResNetConfiguration {
        var configuration = ResNetConfiguration()
        configuration.blockDesign = .bottleneck
        configuration.filters = ResNetConfiguration.filters(blocks: 6, width: 256)
        configuration.kernelSizes = [3]
        return configuration
    }

    /// What `run` measures: GEMM 1024², training, inference.
    public enum Section: String, CaseIterable, Sendable {
        case gemm, training, inference
    }

    /// Runs the measurements of `sections` for the `networks` (of "paper", "bottleneck";
    /// inference also measures the small live configuration) with one thread when `oneThread`
    /// and then with all cores when `allCores`, and returns the report (one line per figure,
    /// each with the GFLOP/s it reaches and, when the one-thread GEMM ran first, that as a share
    /// of its peak). `quick` cuts the repetition counts for a smoke test.
    public static func run(
        quick: Bool = false, oneThread: Bool = true, allCores: Bool = true,
        networks: [String] = ["paper", "bottleneck"], sections: [Section] = Section.allCases
    ) -> String {
        var lines = [
            "NeuralNet benchmark (float32); 1 thread: per CPU second, all cores: per wall second",
            KernelDispatch.description,
        ]
        let paper = ResNetConfiguration()
        let small = ResNetConfiguration.small
        let paperCount = ResNet(configuration: paper, seed: 0).parameterCount
        let smallCount = ResNet(configuration: small, seed: 0).parameterCount
        let bottleneckCount = ResNet(configuration: bottleneck, seed: 0).parameterCount
        lines.append(
            "network: Wang et al. ResNet, \(paperCount) parameters; small configuration "
                + "\(smallCount); bottleneck: \(bottleneck.summary), \(bottleneckCount)")
        let chosen = [("", "paper", paper), ("bottleneck ", "bottleneck", bottleneck)].filter {
            networks.contains($0.1)
        }
        var peak = 0.0
        let share = { (gigaflops: Double) in
            peak > 0
                ? String(format: "%.1f GFLOP/s, %.0f%% of peak", gigaflops, 100 * gigaflops / peak)
                : String(format: "%.1f GFLOP/s", gigaflops)
        }
        for serial in [true, false] where serial ? oneThread : allCores {
            ParallelLoop.$isSerial.withValue(serial) {
                let threads = serial ? "1 thread" : "\(ParallelLoop.threads) threads"
                if sections.contains(.gemm) {
                    let gemm = gemmGigaflops(size: 1024, seconds: quick ? 0.2 : 2)
                    if serial { peak = gemm }
                    lines.append(
                        serial
                            ? String(
                                format: "[%@] GEMM 1024²: %.1f GFLOP/s (the peak)", threads, gemm)
                            : String(format: "[%@] GEMM 1024²: %@", threads, share(gemm)))
                }
                for (label, _, configuration) in chosen where sections.contains(.training) {
                    for batch in [64, 256] {
                        let rate = trainingSamplesPerSecond(
                            configuration, batch: batch, seconds: quick ? 0.3 : 4)
                        let flops = 3 * forwardFlops(configuration, time: 128)
                        lines.append(
                            String(
                                format: "[%@] %@training batch %d: %.0f samples/s (%@)", threads,
                                label, batch, rate, share(rate * flops / 1e9)))
                    }
                }
                let inferred = chosen.map { ($0.1, $0.2) } + [("small", small)]
                for (name, configuration) in inferred where sections.contains(.inference) {
                    let latency = inferenceLatency(configuration, calls: quick ? 20 : 400)
                    let throughput = inferenceSamplesPerSecond(
                        configuration, batch: 256, seconds: quick ? 0.3 : 3)
                    let flops = forwardFlops(configuration, time: 128)
                    lines.append(
                        String(
                            format: "[%@] %@ inference: batch 1 median %.3f ms (%@); "
                                + "batch 256 %.0f samples/s (%@)",
                            threads, name, latency * 1e3, share(flops / latency / 1e9), throughput,
                            share(throughput * flops / 1e9)))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Forward FLOPs per sample (2 per multiply-add of the convolutions and the head).
    public static func forwardFlops(_ configuration: ResNetConfiguration, time: Int) -> Double {
        var macs = 0
        var channels = configuration.inputChannels
        for filters in configuration.filters {
            var c = channels
            for layer in configuration.blockConvolutions(filters: filters) {
                macs += c * layer.channels * layer.kernelSize * time
                c = layer.channels
            }
            if configuration.shortcuts && channels != filters { macs += channels * filters * time }
            channels = filters
        }
        macs += configuration.headInputs * configuration.outputs
        return 2 * Double(macs)
    }

    /// Time taken by `body`: process CPU seconds when `ParallelLoop.isSerial` (so one-thread
    /// figures stay fair on a machine shared with other jobs), wall seconds otherwise.
    static func seconds(_ body: () -> Void) -> Double {
        let clock = ParallelLoop.isSerial ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC
        var start = timespec()
        var end = timespec()
        clock_gettime(clock, &start)
        body()
        clock_gettime(clock, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
    }

    /// Calls `body` until at least `seconds` have passed (after one warm-up call); returns
    /// calls per second.
    static func rate(seconds budget: Double, _ body: () -> Void) -> Double {
        body()
        var calls = 0
        var elapsed = 0.0
        while elapsed < budget {
            elapsed += seconds(body)
            calls += 1
        }
        return Double(calls) / elapsed
    }

    /// GFLOP/s of `GEMM.blocked` on square matrices.
    public static func gemmGigaflops(size: Int, seconds budget: Double) -> Double {
        var rng = SplitMix64(seed: 1)
        let a = (0..<(size * size)).map { _ in rng.nextUniform(in: -1..<1) }
        let b = (0..<(size * size)).map { _ in rng.nextUniform(in: -1..<1) }
        var c = [Float](repeating: 0, count: size * size)
        let calls = rate(seconds: budget) {
            GEMM.blocked(
                m: size, n: size, k: size, a: a, lda: size, transposeA: false, b: b, ldb: size,
                transposeB: false, c: &c, ldc: size, accumulate: false)
        }
        return calls * GEMM.flops(m: size, n: size, k: size) / 1e9
    }

    /// Random inputs (batch, channels, 128) + (batch, features) and targets (batch, 2):
    /// column 0 a regression value, column 1 a 0/1 class.
    static func batch(_ configuration: ResNetConfiguration, size: Int) -> SampleSet {
        var rng = SplitMix64(seed: 2)
        let channels = configuration.inputChannels
        let features = configuration.tabularFeatures
        return SampleSet(
            sequences: Tensor(
                shape: [size, channels, 128],
                scalars: (0..<(size * channels * 128)).map { _ in rng.nextNormal() }),
            features: Tensor(
                shape: [size, features],
                scalars: (0..<(size * features)).map { _ in rng.nextNormal() }),
            targets: Tensor(
                shape: [size, 2],
                scalars: (0..<size).flatMap { _ in
                    [rng.nextNormal(), rng.nextUniform(in: 0..<1) > 0.5 ? 1 : 0]
                }))
    }

    /// The peer benchmark's loss: MSE(output[:, 0], y) + BCE-with-logits(output[:, 1], c).
    public static func regressionPlusClassification(_ output: Tensor, _ targets: Tensor) -> (
        value: Float, gradient: Tensor
    ) {
        let regression = Loss.meanSquaredError(
            prediction: output.slicingColumns(0..<1), target: targets.slicingColumns(0..<1))
        let classification = Loss.binaryCrossEntropyWithLogits(
            logits: output.slicingColumns(1..<2), target: targets.slicingColumns(1..<2))
        var gradient = Tensor(shape: output.shape)
        gradient.addColumns(regression.gradient, at: 0..<1)
        gradient.addColumns(classification.gradient, at: 1..<2)
        return (regression.value + classification.value, gradient)
    }

    /// Training samples per second (forward, loss, backward, Adam step) at `batch`.
    static func trainingSamplesPerSecond(
        _ configuration: ResNetConfiguration, batch size: Int, seconds budget: Double
    ) -> Double {
        var configuration = configuration
        configuration.outputs = 2
        let network = ResNet(configuration: configuration, seed: 0)
        let trainer = Trainer(configuration: TrainingConfiguration())
        let optimiser = Adam()
        let samples = batch(configuration, size: size)
        let steps = rate(seconds: budget) {
            _ = trainer.step(
                network, optimiser: optimiser, batch: samples, learningRate: 1e-3,
                objective: regressionPlusClassification)
        }
        return steps * Double(size)
    }

    /// Median seconds of one batch-1 inference.
    static func inferenceLatency(_ configuration: ResNetConfiguration, calls: Int) -> Double {
        let network = ResNet(configuration: configuration, seed: 0)
        let sample = batch(configuration, size: 1)
        var times = [Double]()
        for call in 0..<(calls + 10) {
            let time = seconds {
                _ = network.forward(
                    sequences: sample.sequences, features: sample.features, mode: .inference)
            }
            if call >= 10 { times.append(time) }
        }
        return times.sorted()[times.count / 2]
    }

    /// Inference samples per second at `batch`.
    static func inferenceSamplesPerSecond(
        _ configuration: ResNetConfiguration, batch size: Int, seconds budget: Double
    ) -> Double {
        let network = ResNet(configuration: configuration, seed: 0)
        let samples = batch(configuration, size: size)
        return rate(seconds: budget) {
            _ = network.forward(
                sequences: samples.sequences, features: samples.features, mode: .inference)
        } * Double(size)
    }
}
