/// The configuration in words, for model cards and `courant surrogate train`.
extension ResNetConfiguration {
    /// `3 basic residual blocks (filters 16/32/32, kernels 7/5/3); feature MLP 1 block of width
    /// 32 (layer norm); 6 outputs`. A bottleneck network names its reduction, a plain one says
    /// it has no shortcuts.
    public var summary: String {
        let joined = { (values: [Int]) in values.map(String.init).joined(separator: "/") }
        var blocks = "\(filters.count) \(blockDesign.rawValue) "
        blocks += shortcuts ? "residual blocks" : "plain blocks (no shortcuts)"
        var details = ["filters \(joined(filters))"]
        if blockDesign == .bottleneck {
            details.append("1×1 convolutions reducing the channels \(bottleneckExpansion) times")
        }
        details.append("kernels \(joined(kernelSizes))")
        if zeroInitialisedLastNorm && shortcuts { details.append("last norms start at zero") }
        var text = blocks + " (" + details.joined(separator: ", ") + ")"
        if mlpBlocks > 0 {
            let norm = mlpNormalisation == "layer" ? "layer" : "batch"
            text +=
                "; feature MLP \(mlpBlocks) block\(mlpBlocks == 1 ? "" : "s") of width "
                + "\(mlpWidth) (\(norm) norm)"
        }
        return text + "; \(outputs) outputs"
    }
}
