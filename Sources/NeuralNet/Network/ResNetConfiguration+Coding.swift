/// The configuration as the JSON of a model file's `architecture` metadata. The block design
/// keys (`blockDesign`, `bottleneckExpansion`, `shortcuts`, `zeroInitialisedLastNorm`) are
/// written only when they differ from their defaults and read as the defaults when absent: a
/// file written before they existed (all basic residual networks) loads as it always did, and
/// a basic residual network's file is byte for byte what it was before they existed.
extension ResNetConfiguration: Codable {
    enum CodingKeys: String, CodingKey {
        case inputChannels, filters, kernelSizes, blockDesign, bottleneckExpansion, shortcuts
        case zeroInitialisedLastNorm, tabularFeatures, mlpWidth, mlpHiddenWidth, mlpBlocks
        case mlpNormalisation, dropout, outputs
    }

    /// Reads every key present; absent keys keep the defaults of `init()`.
    public init(from decoder: any Decoder) throws {
        self.init()
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        func read<Value: Decodable>(_ key: CodingKeys, _ value: inout Value) throws {
            if let found = try keys.decodeIfPresent(Value.self, forKey: key) { value = found }
        }
        try read(.inputChannels, &inputChannels)
        try read(.filters, &filters)
        try read(.kernelSizes, &kernelSizes)
        try read(.blockDesign, &blockDesign)
        try read(.bottleneckExpansion, &bottleneckExpansion)
        try read(.shortcuts, &shortcuts)
        try read(.zeroInitialisedLastNorm, &zeroInitialisedLastNorm)
        try read(.tabularFeatures, &tabularFeatures)
        try read(.mlpWidth, &mlpWidth)
        try read(.mlpHiddenWidth, &mlpHiddenWidth)
        try read(.mlpBlocks, &mlpBlocks)
        try read(.mlpNormalisation, &mlpNormalisation)
        try read(.dropout, &dropout)
        try read(.outputs, &outputs)
    }

    /// Writes every key, except the block design keys at their defaults.
    public func encode(to encoder: any Encoder) throws {
        var keys = encoder.container(keyedBy: CodingKeys.self)
        let defaults = ResNetConfiguration()
        try keys.encode(inputChannels, forKey: .inputChannels)
        try keys.encode(filters, forKey: .filters)
        try keys.encode(kernelSizes, forKey: .kernelSizes)
        if blockDesign != defaults.blockDesign {
            try keys.encode(blockDesign, forKey: .blockDesign)
        }
        if bottleneckExpansion != defaults.bottleneckExpansion {
            try keys.encode(bottleneckExpansion, forKey: .bottleneckExpansion)
        }
        if shortcuts != defaults.shortcuts { try keys.encode(shortcuts, forKey: .shortcuts) }
        if zeroInitialisedLastNorm != defaults.zeroInitialisedLastNorm {
            try keys.encode(zeroInitialisedLastNorm, forKey: .zeroInitialisedLastNorm)
        }
        try keys.encode(tabularFeatures, forKey: .tabularFeatures)
        try keys.encode(mlpWidth, forKey: .mlpWidth)
        try keys.encode(mlpHiddenWidth, forKey: .mlpHiddenWidth)
        try keys.encode(mlpBlocks, forKey: .mlpBlocks)
        try keys.encode(mlpNormalisation, forKey: .mlpNormalisation)
        try keys.encode(dropout, forKey: .dropout)
        try keys.encode(outputs, forKey: .outputs)
    }
}
