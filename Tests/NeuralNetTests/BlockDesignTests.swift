import Foundation
import NeuralNet
import Testing

/// Block designs as configuration: the layers each design builds, the model file's record of
/// them (a file alone rebuilds its network; files from before the designs existed load as
/// before, and a basic residual network's file is unchanged), zero-initialised last norms.
@Suite struct BlockDesignTests {
    static func configuration(
        _ design: ResidualBlockDesign, shortcuts: Bool = true, zeroInitialised: Bool = false
    ) -> ResNetConfiguration {
        var configuration = ResNetConfiguration()
        configuration.filters = [16, 32, 32]
        configuration.blockDesign = design
        configuration.kernelSizes = design == .bottleneck ? [5] : [8, 5, 3]
        configuration.shortcuts = shortcuts
        configuration.zeroInitialisedLastNorm = zeroInitialised
        return configuration
    }

    /// (batch, 6, 24) normal inputs and (batch, 8) features.
    static func inputs(batch: Int, seed: UInt64) -> (Tensor, Tensor) {
        var rng = SplitMix64(seed: seed)
        return (
            Tensor(
                shape: [batch, 6, 24], scalars: (0..<(batch * 144)).map { _ in rng.nextNormal() }),
            Tensor(shape: [batch, 8], scalars: (0..<(batch * 8)).map { _ in rng.nextNormal() })
        )
    }

    @Test func aBottleneckBlockReducesConvolvesAndExpandsWithAProjectionWhereChannelsChange() {
        let network = ResNet(configuration: Self.configuration(.bottleneck), seed: 1)
        // Block 1: 6 → 16 channels (reduced to 4); block 2: 16 → 32 (8); block 3: 32 → 32.
        let shapes = network.blocks.map { block in block.convolutions.map(\.weight.value.shape) }
        #expect(shapes[0] == [[4, 6, 1], [4, 4, 5], [16, 4, 1]])
        #expect(shapes[1] == [[8, 16, 1], [8, 8, 5], [32, 8, 1]])
        #expect(shapes[2] == [[8, 32, 1], [8, 8, 5], [32, 8, 1]])
        #expect(
            network.blocks.map { $0.shortcutConvolution?.weight.value.shape } == [
                [16, 6, 1], [32, 16, 1], nil,
            ])
        // Parameters: convolutions (weights + biases), BatchNorm γ and β, head 2·(32 + 8) + 2.
        let block1 = (4 * 6 + 4) + (4 * 4 * 5 + 4) + (16 * 4 + 16) + 2 * (4 + 4 + 16)
        let block2 = (8 * 16 + 8) + (8 * 8 * 5 + 8) + (32 * 8 + 32) + 2 * (8 + 8 + 32)
        let block3 = (8 * 32 + 8) + (8 * 8 * 5 + 8) + (32 * 8 + 32) + 2 * (8 + 8 + 32)
        let shortcuts = (16 * 6 + 16 + 2 * 16) + (32 * 16 + 32 + 2 * 32)
        #expect(network.parameterCount == block1 + block2 + block3 + shortcuts + 82)
    }

    @Test func aPlainNetworkHasTheSameMainPathsAndNoShortcutLayers() {
        for design in ResidualBlockDesign.allCases {
            let residual = ResNet(configuration: Self.configuration(design), seed: 2)
            let plain = ResNet(configuration: Self.configuration(design, shortcuts: false), seed: 2)
            let shortcutNames = residual.state.map(\.name).filter { $0.contains("shortcut") }
            // Two projections (6 → 16, 16 → 32), each a convolution's weight and bias and a
            // norm's γ, β, running mean and variance.
            #expect(shortcutNames.count == 12)
            #expect(
                plain.state.map(\.name)
                    == residual.state.map(\.name).filter {
                        !$0.contains("shortcut")
                    })
            // Same seed, same draws for the main paths (the projections are drawn after them,
            // block by block, so only block 1's main path is guaranteed the same weights).
            #expect(
                plain.blocks[0].convolutions.map(\.weight.value)
                    == residual.blocks[0].convolutions.map(\.weight.value))
        }
    }

    @Test func aZeroInitialisedLastNormMakesEveryBlockStartAsItsShortcut() {
        let network = ResNet(
            configuration: Self.configuration(.bottleneck, zeroInitialised: true), seed: 3)
        for block in network.blocks {
            #expect(block.norms.last?.weight.value.scalars.allSatisfy { $0 == 0 } == true)
            #expect(
                block.norms.dropLast().allSatisfy { $0.weight.value.scalars.allSatisfy { $0 == 1 } }
            )
        }
        // The identity block 3 returns ReLU(x), x its input, which is ≥ 0 already: x itself.
        let (sequences, _) = Self.inputs(batch: 4, seed: 5)
        var h = sequences
        for block in network.blocks.prefix(2) { h = block.forward(h, mode: .training) }
        #expect(network.blocks[2].forward(h, mode: .training) == h)
    }

    /// The default (basic, residual) network's architecture metadata is exactly what files
    /// held before block designs existed, so such a network's file is unchanged byte for byte.
    @Test func theBasicResidualArchitectureIsWrittenWithTheKeysFilesAlwaysHad() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(ResNetConfiguration()), as: UTF8.self)
        #expect(
            json
                == #"{"dropout":0,"filters":[64,128,128],"inputChannels":6,"kernelSizes":[8,5,3],"#
                + #""mlpBlocks":0,"mlpHiddenWidth":128,"mlpNormalisation":"batch","mlpWidth":64,"#
                + #""outputs":2,"tabularFeatures":8}"#)
        let decoded = try JSONDecoder().decode(ResNetConfiguration.self, from: Data(json.utf8))
        #expect(decoded == ResNetConfiguration())
        #expect(decoded.blockDesign == .basic && decoded.shortcuts)
    }

    @Test(arguments: [
        (ResidualBlockDesign.bottleneck, true, true), (.bottleneck, false, false),
        (.basic, false, false),
    ])
    func aModelFileAloneRebuildsItsNetwork(
        design: ResidualBlockDesign, shortcuts: Bool, zeroInitialised: Bool
    ) throws {
        let configuration = Self.configuration(
            design, shortcuts: shortcuts, zeroInitialised: zeroInitialised)
        let network = ResNet(configuration: configuration, seed: 8)
        let (sequences, features) = Self.inputs(batch: 3, seed: 9)
        _ = network.forward(sequences: sequences, features: features, mode: .training)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("courant-design-\(UUID().uuidString).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try network.save(to: path)
        let (loaded, _) = try ResNet.load(from: path)
        #expect(loaded.configuration == configuration)
        #expect(loaded.state.map(\.name) == network.state.map(\.name))
        #expect(
            loaded.forward(sequences: sequences, features: features, mode: .inference)
                == network.forward(sequences: sequences, features: features, mode: .inference))
    }

    /// The model shipped before block designs existed loads as the basic residual network
    /// its card describes.
    @Test func theShippedModelFileLoadsAsThreeBasicResidualBlocks() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let (network, _) = try ResNet.load(
            from: root.appendingPathComponent("models/convergence-v2.safetensors").path)
        #expect(network.configuration.blockDesign == .basic)
        #expect(network.configuration.shortcuts)
        #expect(
            network.configuration.summary
                == "3 basic residual blocks (filters 16/32/32, kernels 7/5/3); feature MLP 1 "
                + "block of width 32 (layer norm); 6 outputs")
        #expect(network.blocks.allSatisfy { $0.hasShortcut })
    }
}
