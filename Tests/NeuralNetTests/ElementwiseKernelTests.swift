import NeuralNet
import NeuralNetKernels
import Testing

/// The element-wise kernels of every build the CPU runs against the scalar loops that define
/// them: each element is the same operations in the same order, so they must agree bit for
/// bit (a build that fused a multiply and an add, or reordered a sum, would not); the
/// reductions against float64 sums. Sizes are not multiples of any vector width, so every
/// build's vector loop and its remainder both run.
@Suite struct ElementwiseKernelTests {
    static let (batch, channels, time) = (3, 5, 37)
    static var count: Int { batch * channels * time }

    /// `count` normal numbers from `rng`, with a few exact zeros of both signs.
    static func values(_ count: Int, _ rng: inout SplitMix64) -> [Float] {
        (0..<count).map { i in
            i % 17 == 3 ? 0 : i % 17 == 11 ? -0.0 : rng.nextNormal()
        }
    }

    /// Whether two arrays hold the same bits (so −0 differs from +0).
    static func sameBits(_ a: [Float], _ b: [Float]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }

    @Test(arguments: InstructionSet.allCases)
    func normalisationKernelsEqualTheirScalarLoops(instructionSet: InstructionSet) throws {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let (batch, channels, time) = (Self.batch, Self.channels, Self.time)
        let x = Self.values(Self.count, &rng)
        let dy = Self.values(Self.count, &rng)
        let residual = Self.values(Self.count, &rng)
        let mask = Self.values(Self.count, &rng).map { $0 > 0 ? $0 : 0 }
        let scale = Self.values(channels, &rng)
        let shift = Self.values(channels, &rng)
        let mean = Self.values(channels, &rng)
        let meanGradient = Self.values(channels, &rng)
        let slope = Self.values(channels, &rng)
        // (shifted, scaled, shifted + ReLU, shifted + residual + ReLU, gradient, masked gradient)
        var expected = [[Float]](repeating: [Float](repeating: 0, count: Self.count), count: 6)
        for b in 0..<batch {
            for c in 0..<channels {
                for t in 0..<time {
                    let i = (b * channels + c) * time + t
                    let shifted = x[i] * scale[c] + shift[c]
                    let joined = shifted + residual[i]
                    expected[0][i] = shifted
                    expected[1][i] = x[i] * scale[c]
                    expected[2][i] = shifted > 0 ? shifted : 0
                    expected[3][i] = joined > 0 ? joined : 0
                    for (k, g) in [(4, dy[i]), (5, mask[i] > 0 ? dy[i] : 0)] {
                        expected[k][i] =
                            scale[c] * (g - meanGradient[c] - (x[i] - mean[c]) * slope[c])
                    }
                }
            }
        }
        let kernels = instructionSet.kernels
        let results = try KernelBuilds.with(instructionSet) {
            var results = [[Float]](repeating: [Float](repeating: 1, count: Self.count), count: 6)
            for (k, shifts, joins, rectify) in [
                (0, true, false, false), (1, false, false, false), (2, true, false, true),
                (3, true, true, true),
            ] {
                kernels.scaleChannels(
                    x, into: &results[k], batch: batch, channels: channels, time: time,
                    scale: scale, shift: shifts ? shift : nil, adding: joins ? residual : nil,
                    rectify: rectify)
            }
            kernels.normalisationGradient(
                x: x, dy: dy, mask: nil, into: &results[4], batch: batch, channels: channels,
                time: time, scale: scale, meanGradient: meanGradient, mean: mean, slope: slope)
            kernels.normalisationGradient(
                x: x, dy: dy, mask: mask, into: &results[5], batch: batch, channels: channels,
                time: time, scale: scale, meanGradient: meanGradient, mean: mean, slope: slope)
            return results
        }
        let names = [
            "scale and shift", "scale", "with ReLU", "with residual and ReLU", "gradient",
            "gradient through the ReLU",
        ]
        for k in 0..<6 {
            #expect(Self.sameBits(results[k], expected[k]), "\(names[k]), seed \(seed)")
        }
    }

    @Test(arguments: InstructionSet.allCases)
    func channelSumsAgreeWithFloat64Sums(instructionSet: InstructionSet) throws {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let (batch, channels, time) = (Self.batch, Self.channels, Self.time)
        let x = Self.values(Self.count, &rng)
        let z = Self.values(Self.count, &rng)
        let centres = Self.values(channels, &rng)
        let mask = Self.values(Self.count, &rng).map { $0 > 0 ? $0 : 0 }
        let kernels = instructionSet.kernels
        let (sums, products, squares, maskedSums, maskedProducts) = try KernelBuilds.with(
            instructionSet
        ) {
            var sums = [Double](repeating: 7, count: channels)
            var (products, squares, maskedSums, maskedProducts) = (sums, sums, sums, sums)
            kernels.channelSums(
                x, mask: nil, times: z, batch: batch, channels: channels, time: time,
                selected: 0..<channels, sums: &sums, products: &products)
            kernels.channelCentredSquares(
                x, batch: batch, channels: channels, time: time, selected: 0..<channels,
                centres: centres, squares: &squares)
            kernels.channelSums(
                x, mask: mask, times: z, batch: batch, channels: channels, time: time,
                selected: 0..<channels, sums: &maskedSums, products: &maskedProducts)
            return (sums, products, squares, maskedSums, maskedProducts)
        }
        // Masked by a ReLU's output, the sums are those of the gradient the ReLU passes: the
        // same bits as summing that gradient unmasked.
        let through = zip(mask, x).map { $0 > 0 ? $1 : 0 }
        let (throughSums, throughProducts) = try KernelBuilds.with(instructionSet) {
            var (sums, products) = ([Double](repeating: 0, count: channels), [Double]())
            products = sums
            kernels.channelSums(
                through, mask: nil, times: z, batch: batch, channels: channels, time: time,
                selected: 0..<channels, sums: &sums, products: &products)
            return (sums, products)
        }
        #expect(maskedSums == throughSums && maskedProducts == throughProducts, "seed \(seed)")
        for c in 0..<channels {
            var (sum, product, square, magnitude) = (0.0, 0.0, 0.0, 0.0)
            for b in 0..<batch {
                for t in 0..<time {
                    let i = (b * channels + c) * time + t
                    sum += Double(x[i])
                    product += Double(x[i]) * Double(z[i])
                    let d = Double(x[i] - centres[c])
                    square += d * d
                    magnitude += abs(Double(x[i])) + abs(Double(x[i]) * Double(z[i]))
                }
            }
            // Float32 sums of 37 terms per row in 16 lanes: error below 4e-6 of the magnitudes.
            let bound = 4e-6 * (magnitude + square)
            #expect(abs(sums[c] - sum) <= bound, "Σx channel \(c), seed \(seed)")
            #expect(abs(products[c] - product) <= bound, "Σxz channel \(c), seed \(seed)")
            #expect(abs(squares[c] - square) <= bound, "Σ(x−m)² channel \(c), seed \(seed)")
        }
    }

    /// Channel ranges summed apart (as concurrent parts of a BatchNorm pass sum them) give the
    /// bits of one call over every channel, and a call leaves the other channels' entries alone.
    @Test(arguments: InstructionSet.allCases)
    func channelRangesGiveTheBitsOfOneCall(instructionSet: InstructionSet) throws {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let (batch, channels, time) = (Self.batch, Self.channels, Self.time)
        let x = Self.values(Self.count, &rng)
        let z = Self.values(Self.count, &rng)
        let centres = Self.values(channels, &rng)
        let kernels = instructionSet.kernels
        typealias Sums = (sums: [Double], products: [Double], squares: [Double])
        func summed(_ ranges: [Range<Int>]) -> Sums {
            var result = Sums(
                [Double](repeating: 7, count: channels), [Double](repeating: 7, count: channels),
                [Double](repeating: 7, count: channels))
            for selected in ranges {
                kernels.channelSums(
                    x, mask: nil, times: z, batch: batch, channels: channels, time: time,
                    selected: selected, sums: &result.sums, products: &result.products)
                kernels.channelCentredSquares(
                    x, batch: batch, channels: channels, time: time, selected: selected,
                    centres: centres, squares: &result.squares)
            }
            return result
        }
        let (whole, parts, middle) = try KernelBuilds.with(instructionSet) {
            (summed([0..<channels]), summed([0..<2, 2..<3, 3..<channels]), summed([1..<3]))
        }
        #expect(whole.sums == parts.sums, "seed \(seed)")
        #expect(whole.products == parts.products, "seed \(seed)")
        #expect(whole.squares == parts.squares, "seed \(seed)")
        for c in 0..<channels {
            let inside = (1..<3).contains(c)
            let expected = (
                inside ? whole.sums[c] : 7, inside ? whole.products[c] : 7,
                inside ? whole.squares[c] : 7
            )
            #expect(
                (middle.sums[c], middle.products[c], middle.squares[c]) == expected,
                "channel \(c), seed \(seed)")
        }
    }

    @Test(arguments: InstructionSet.allCases)
    func activationJoinAndAccumulationEqualTheirScalarLoops(instructionSet: InstructionSet)
        throws
    {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let count = Self.count
        let a = Self.values(count, &rng)
        let b = Self.values(count, &rng)
        let kernels = instructionSet.kernels
        let results = try KernelBuilds.with(instructionSet) {
            var rectified = [Float](repeating: 1, count: count)
            var gradient = rectified
            var sum = rectified
            var accumulated = b
            kernels.rectify(a, into: &rectified, count: count)
            kernels.rectifierGradient(output: a, dy: b, into: &gradient, count: count)
            kernels.add(a, b, into: &sum, count: count)
            kernels.accumulate(a, into: &accumulated, count: count)
            return [rectified, gradient, sum, accumulated]
        }
        let rectified: [Float] = a.map { $0 > 0 ? $0 : 0 }
        let gradient: [Float] = zip(a, b).map { $0 > 0 ? $1 : 0 }
        let sum: [Float] = zip(a, b).map { $0 + $1 }
        let accumulated: [Float] = zip(b, a).map { $0 + $1 }
        let expected = [rectified, gradient, sum, accumulated]
        for (name, (result, reference)) in zip(
            ["rectify", "rectifier gradient", "add", "accumulate"], zip(results, expected))
        {
            #expect(Self.sameBits(result, reference), "\(name), seed \(seed)")
        }
    }

    @Test(arguments: InstructionSet.allCases)
    func convolutionBiasAndCol2imEqualTheirScalarLoops(instructionSet: InstructionSet) throws {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let (inChannels, outChannels, kernelSize, time, samples) = (3, 4, 8, 37, 2)
        let padLeft = (kernelSize - 1) / 2
        let columns = samples * time
        // The product of a group of samples 1..<3 of a batch of 3, rows (o) `columns` apart.
        let product = Self.values(outChannels * columns, &rng)
        let bias = Self.values(outChannels, &rng)
        let dcols = Self.values(inChannels * kernelSize * columns, &rng)
        var expectedY = [Float](repeating: 1, count: 3 * outChannels * time)
        for s in 0..<samples {
            for o in 0..<outChannels {
                for t in 0..<time {
                    expectedY[((1 + s) * outChannels + o) * time + t] =
                        product[o * columns + s * time + t] + bias[o]
                }
            }
        }
        // col2im of the second sample (columns time..<2·time), taps added in order.
        var expectedDx = [Float](repeating: 0, count: inChannels * time)
        for c in 0..<inChannels {
            for j in 0..<kernelSize {
                for t in 0..<time where t + j - padLeft >= 0 && t + j - padLeft < time {
                    expectedDx[c * time + t + j - padLeft] +=
                        dcols[(c * kernelSize + j) * columns + time + t]
                }
            }
        }
        let kernels = instructionSet.kernels
        let (y, dx) = try KernelBuilds.with(instructionSet) {
            var y = [Float](repeating: 1, count: 3 * outChannels * time)
            var dx = [Float](repeating: 5, count: inChannels * time)
            kernels.scatterAddingBias(
                product, bias: bias, outChannels: outChannels, firstSample: 1, samples: samples,
                time: time, into: &y)
            dcols.withUnsafeBufferPointer { dcols in
                guard let dcols = dcols.baseAddress else { return }
                kernels.col2im(
                    dcols + time, ldc: columns, inChannels: inChannels, kernelSize: kernelSize,
                    padLeft: padLeft, time: time, into: &dx)
            }
            return (y, dx)
        }
        #expect(Self.sameBits(y, expectedY), "bias, seed \(seed)")
        #expect(Self.sameBits(dx, expectedDx), "col2im, seed \(seed)")
    }

    @Test(arguments: InstructionSet.allCases, [false, true])
    func adamStepEqualsItsScalarLoop(instructionSet: InstructionSet, decoupled: Bool) throws {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let count = Self.count
        let value = Self.values(count, &rng)
        let gradient = Self.values(count, &rng)
        let first = Self.values(count, &rng).map { 0.1 * $0 }
        let second = Self.values(count, &rng).map { 0.01 * $0 * $0 }
        let step = AdamStep(
            beta1: 0.9, beta2: 0.999, epsilon: 1e-8, learningRate: 1e-3, weightDecay: 1e-2,
            decoupled: decoupled, stepSize: 1e-3 / 0.271, correction2Root: 0.0632)
        var expected = (value: value, first: first, second: second)
        for i in 0..<count {
            var g = gradient[i]
            if decoupled {
                expected.value[i] *= 1 - step.learningRate * step.weightDecay
            } else {
                g += step.weightDecay * expected.value[i]
            }
            expected.first[i] = step.beta1 * expected.first[i] + (1 - step.beta1) * g
            expected.second[i] = step.beta2 * expected.second[i] + (1 - step.beta2) * g * g
            let denominator =
                expected.second[i].squareRoot() / step.correction2Root + step.epsilon
            expected.value[i] -= step.stepSize * expected.first[i] / denominator
        }
        let kernels = instructionSet.kernels
        let result = try KernelBuilds.with(instructionSet) {
            var (v, m, s) = (value, first, second)
            kernels.adamStep(
                step, value: &v, gradient: gradient, first: &m, second: &s, count: count)
            return (v, m, s)
        }
        #expect(Self.sameBits(result.0, expected.value), "θ, seed \(seed)")
        #expect(Self.sameBits(result.1, expected.first), "m, seed \(seed)")
        #expect(Self.sameBits(result.2, expected.second), "v, seed \(seed)")
    }

    /// The 16-lane reductions give the same bits in every build (the AVX-512 and AVX2 builds
    /// must, for the shipped model's rebuild), and agree with a float64 sum.
    @Test func reductionsGiveTheSameBitsInEveryBuild() throws {
        let seed = UInt64.random(in: 0..<UInt64.max)
        var rng = SplitMix64(seed: seed)
        let x = Self.values(1000, &rng)
        let exact = x.reduce(0.0) { $0 + Double($1) }
        let magnitude = x.reduce(0.0) { $0 + abs(Double($1)) }
        var totals = [InstructionSet: Float]()
        for instructionSet in KernelDispatch.supported {
            let kernels = instructionSet.kernels
            totals[instructionSet] = try KernelBuilds.with(instructionSet) {
                kernels.sum(x, x.count)
            }
        }
        let bits = Set(totals.values.map(\.bitPattern))
        #expect(bits.count == 1, "\(totals), seed \(seed)")
        for (instructionSet, total) in totals {
            #expect(
                abs(Double(total) - exact) <= 5e-6 * magnitude,
                "\(instructionSet): \(total) against \(exact), seed \(seed)")
        }
    }
}
