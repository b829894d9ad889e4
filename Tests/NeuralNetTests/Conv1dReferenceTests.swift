import NeuralNet
import Testing

/// Conv1d's GEMM path (sample groups, packed and cached weight panels, parallel strips) agrees
/// with the direct definition of the convolution and of its adjoints, evaluated in float64,
/// for layers large enough to use several row and depth blocks, with every kernel build the CPU
/// runs.
@Suite struct Conv1dReferenceTests {
    /// y[b, o, t] = bias[o] + Σ_c Σ_j W[o, c, j]·x[b, c, t + j − ⌊(k−1)/2⌋] in float64.
    static func directForward(_ layer: Conv1d, _ x: Tensor) -> [Double] {
        let (batch, inC, time) = (x.shape[0], x.shape[1], x.shape[2])
        let (outC, k, pad) = (layer.outChannels, layer.kernelSize, layer.padLeft)
        let w = layer.weight.value.scalars
        var y = [Double](repeating: 0, count: batch * outC * time)
        for b in 0..<batch {
            for o in 0..<outC {
                for t in 0..<time {
                    var sum = Double(layer.bias.value.scalars[o])
                    for c in 0..<inC {
                        for j in 0..<k where t + j - pad >= 0 && t + j - pad < time {
                            sum +=
                                Double(w[(o * inC + c) * k + j])
                                * Double(x.scalars[(b * inC + c) * time + t + j - pad])
                        }
                    }
                    y[(b * outC + o) * time + t] = sum
                }
            }
        }
        return y
    }

    static func largestDifference(_ a: [Float], _ b: [Double]) -> Double {
        zip(a, b).map { abs(Double($0) - $1) }.max() ?? 0
    }

    @Test(arguments: InstructionSet.allCases, [1, 3])
    func largeConv1dMatchesTheDirectDefinitionForwardAndBackward(
        instructionSet: InstructionSet, batch: Int
    ) throws {
        try KernelBuilds.with(instructionSet) { matchesTheDirectDefinition(batch: batch) }
    }

    func matchesTheDirectDefinition(batch: Int) {
        var check = GradientCheck()
        // 200 outputs and 40·8 = 320 patch rows: two row blocks and two depth blocks of the GEMM
        // forward, three row blocks (one partial) backward.
        let layer = Conv1d(inChannels: 40, outChannels: 200, kernelSize: 8, rng: &check.rng)
        let (inC, outC, k, pad, time) = (40, 200, 8, 3, 64)
        let x = check.random([batch, inC, time])
        let y = layer.forward(x, mode: .training)
        // Sums of 321 terms of size ≤ 1/√320·1: Float32 error well below 1e-4.
        #expect(
            Self.largestDifference(y.scalars, Self.directForward(layer, x)) < 1e-4,
            "forward, seed \(check.seed)")

        let dy = check.random([batch, outC, time])
        layer.weight.zeroGradient()
        layer.bias.zeroGradient()
        let dx = layer.backward(dy)
        let w = layer.weight.value.scalars
        var dxReference = [Double](repeating: 0, count: batch * inC * time)
        var dwReference = [Double](repeating: 0, count: outC * inC * k)
        for b in 0..<batch {
            for o in 0..<outC {
                for t in 0..<time {
                    let g = Double(dy.scalars[(b * outC + o) * time + t])
                    for c in 0..<inC {
                        for j in 0..<k where t + j - pad >= 0 && t + j - pad < time {
                            let s = (b * inC + c) * time + t + j - pad
                            dxReference[s] += Double(w[(o * inC + c) * k + j]) * g
                            dwReference[(o * inC + c) * k + j] += Double(x.scalars[s]) * g
                        }
                    }
                }
            }
        }
        #expect(
            Self.largestDifference(dx.scalars, dxReference) < 1e-4, "∂x, seed \(check.seed)")
        // ∂W sums batch·time = up to 192 products of size ≤ 1.
        #expect(
            Self.largestDifference(layer.weight.gradient.scalars, dwReference) < 1e-4,
            "∂W, seed \(check.seed)")

        // Changing the weights invalidates the cached panels.
        layer.weight.value.scalars[0] += 1
        let changed = layer.forward(x, mode: .training)
        #expect(Self.largestDifference(changed.scalars, Self.directForward(layer, x)) < 1e-4)
    }
}
