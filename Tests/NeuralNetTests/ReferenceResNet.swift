import NeuralNet

/// A float64 reference of `ResNet.forward` in training mode (BatchNorm on batch statistics),
/// written independently with direct loops, so finite differences can use steps (1e-6) small
/// enough that no ReLU kink is crossed and still be far above rounding.
/// Arrays are row-major with the shapes stated at each function.
struct ReferenceResNet {
    let configuration: ResNetConfiguration
    /// Parameter values by full name, copied from the network.
    var parameters: [String: [Double]]

    init(_ network: ResNet) {
        configuration = network.configuration
        parameters = Dictionary(
            uniqueKeysWithValues: network.namedParameters.map {
                ($0.name, $0.parameter.value.scalars.map(Double.init))
            })
    }

    /// (batch, outputs) from sequences (batch, channels, time) and features (batch, features).
    func forward(sequences: [Double], features: [Double], batch: Int, time: Int) -> [Double] {
        var margin = Double.infinity
        return forward(
            sequences: sequences, features: features, batch: batch, time: time, kinkMargin: &margin)
    }

    /// The smallest |input| of any ReLU in the forward pass at these inputs: how far the point
    /// is from a kink, where the network is not differentiable and a float32 forward (or a
    /// finite-difference step) can take the other branch.
    func kinkMargin(sequences: [Double], features: [Double], batch: Int, time: Int) -> Double {
        var margin = Double.infinity
        _ = forward(
            sequences: sequences, features: features, batch: batch, time: time, kinkMargin: &margin)
        return margin
    }

    /// max(0, x) elementwise, lowering `margin` to the smallest |x| seen.
    private func rectified(_ x: [Double], _ margin: inout Double) -> [Double] {
        margin = x.reduce(margin) { min($0, abs($1)) }
        return x.map { max(0, $0) }
    }

    /// `forward`, recording the smallest |ReLU input| in `kinkMargin`.
    private func forward(
        sequences: [Double], features: [Double], batch: Int, time: Int,
        kinkMargin margin: inout Double
    ) -> [Double] {
        var h = sequences
        var channels = configuration.inputChannels
        for (b, filters) in configuration.filters.enumerated() {
            let input = h
            let inChannels = channels
            // Main path, written out independently of `ResidualBlockDesign`: basic blocks
            // have every convolution `filters` wide; a bottleneck has 1×1 to filters/4, the
            // k-wide convolutions at that width, then 1×1 back to `filters`.
            var layers = configuration.kernelSizes.map { (kernel: $0, width: filters) }
            if configuration.blockDesign == .bottleneck {
                let reduced = filters / configuration.bottleneckExpansion
                layers =
                    [(1, reduced)] + configuration.kernelSizes.map { ($0, reduced) }
                    + [(1, filters)]
            }
            for (i, layer) in layers.enumerated() {
                h = convolution(
                    h, "blocks.\(b).conv\(i)", batch, channels, layer.width, layer.kernel, time)
                h = batchNorm(h, "blocks.\(b).norm\(i)", batch, layer.width, time)
                if i < layers.count - 1 { h = rectified(h, &margin) }
                channels = layer.width
            }
            guard configuration.shortcuts else {
                h = rectified(h, &margin)
                continue
            }
            var shortcut = input
            if inChannels != filters {
                shortcut = convolution(
                    input, "blocks.\(b).shortcut_conv", batch, inChannels, filters, 1, time)
                shortcut = batchNorm(shortcut, "blocks.\(b).shortcut_norm", batch, filters, time)
            }
            h = rectified(zip(h, shortcut).map(+), &margin)
        }
        // Global average pooling: (batch, channels, time) → (batch, channels).
        let pooled = (0..<(batch * channels)).map { r in
            h[(r * time)..<((r + 1) * time)].reduce(0, +) / Double(time)
        }
        var f = features
        var width = configuration.tabularFeatures
        if configuration.mlpBlocks > 0 {
            f = linear(f, "feature_input", batch, width, configuration.mlpWidth)
            width = configuration.mlpWidth
            for b in 0..<configuration.mlpBlocks {
                var z = norm(f, "feature_blocks.\(b).norm", batch, width)
                z = linear(
                    z, "feature_blocks.\(b).linear0", batch, width, configuration.mlpHiddenWidth)
                z = rectified(z, &margin)
                z = linear(
                    z, "feature_blocks.\(b).linear1", batch, configuration.mlpHiddenWidth, width)
                f = zip(f, z).map { $0 + $1 }
            }
            f = rectified(norm(f, "feature_norm", batch, width), &margin)
        }
        var joined = [Double]()
        for b in 0..<batch {
            joined += pooled[(b * channels)..<((b + 1) * channels)]
            if configuration.tabularFeatures > 0 { joined += f[(b * width)..<((b + 1) * width)] }
        }
        let inputs = channels + (configuration.tabularFeatures > 0 ? width : 0)
        return linear(joined, "head", batch, inputs, configuration.outputs)
    }

    /// y (batch, out, time) = 'same' cross-correlation of x (batch, in, time), padLeft ⌊(k−1)/2⌋.
    func convolution(
        _ x: [Double], _ name: String, _ batch: Int, _ inC: Int, _ outC: Int, _ k: Int, _ time: Int
    ) -> [Double] {
        let w = parameters["\(name).weight"] ?? []
        let bias = parameters["\(name).bias"] ?? []
        let padLeft = (k - 1) / 2
        var y = [Double](repeating: 0, count: batch * outC * time)
        for b in 0..<batch {
            for o in 0..<outC {
                for t in 0..<time {
                    var sum = bias[o]
                    for c in 0..<inC {
                        for j in 0..<k {
                            let source = t + j - padLeft
                            if source >= 0 && source < time {
                                sum += w[(o * inC + c) * k + j] * x[(b * inC + c) * time + source]
                            }
                        }
                    }
                    y[(b * outC + o) * time + t] = sum
                }
            }
        }
        return y
    }

    /// Training-mode BatchNorm of x (batch, channels, time), biased batch variance, ε = 1e-5.
    func batchNorm(_ x: [Double], _ name: String, _ batch: Int, _ channels: Int, _ time: Int)
        -> [Double]
    {
        let gamma = parameters["\(name).weight"] ?? []
        let beta = parameters["\(name).bias"] ?? []
        var y = x
        for c in 0..<channels {
            var values = [Double]()
            for b in 0..<batch {
                values += x[((b * channels + c) * time)..<((b * channels + c + 1) * time)]
            }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance =
                values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            for b in 0..<batch {
                for t in 0..<time {
                    let i = (b * channels + c) * time + t
                    y[i] = gamma[c] * (x[i] - mean) / (variance + 1e-5).squareRoot() + beta[c]
                }
            }
        }
        return y
    }

    /// The configured feature normalisation of x (batch, width).
    func norm(_ x: [Double], _ name: String, _ batch: Int, _ width: Int) -> [Double] {
        if configuration.mlpNormalisation != "layer" { return batchNorm(x, name, batch, width, 1) }
        let gamma = parameters["\(name).weight"] ?? []
        let beta = parameters["\(name).bias"] ?? []
        var y = x
        for b in 0..<batch {
            let row = Array(x[(b * width)..<((b + 1) * width)])
            let mean = row.reduce(0, +) / Double(width)
            let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(width)
            for i in 0..<width {
                y[b * width + i] =
                    gamma[i] * (row[i] - mean) / (variance + 1e-5).squareRoot() + beta[i]
            }
        }
        return y
    }

    /// y (batch, out) = x (batch, in) · Wᵀ + b.
    func linear(_ x: [Double], _ name: String, _ batch: Int, _ inF: Int, _ outF: Int) -> [Double] {
        let w = parameters["\(name).weight"] ?? []
        let bias = parameters["\(name).bias"] ?? []
        var y = [Double](repeating: 0, count: batch * outF)
        for b in 0..<batch {
            for o in 0..<outF {
                var sum = bias[o]
                for i in 0..<inF { sum += w[o * inF + i] * x[b * inF + i] }
                y[b * outF + o] = sum
            }
        }
        return y
    }
}
