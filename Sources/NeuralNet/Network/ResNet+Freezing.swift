/// Freezing for fine-tuning: frozen parameters are skipped by `Adam`, and a frozen BatchNorm
/// normalises with (and no longer updates) its running statistics, so the frozen part is
/// bit-identical after any amount of training.
extension ResNet {
    /// Freezes `parts` (in addition to anything already frozen).
    public func freeze(_ parts: [FrozenPart]) {
        for part in parts {
            for (_, layer) in layers(of: part) {
                for (_, parameter) in layer.namedParameters { parameter.isFrozen = true }
            }
        }
    }

    /// Makes every parameter trainable again.
    public func unfreezeAll() {
        for (_, parameter) in namedParameters { parameter.isFrozen = false }
    }

    /// Trainable (unfrozen) parameters.
    public var trainableParameters: [Parameter] {
        namedParameters.map(\.parameter).filter { !$0.isFrozen }
    }

    /// The layers a part consists of.
    func layers(of part: FrozenPart) -> [(name: String, layer: any Layer)] {
        switch part {
        case .residualBlocks(let count):
            return blocks.prefix(count).flatMap(\.namedLayers)
        case .featureMLP:
            var layers = [(name: String, layer: any Layer)]()
            if let featureInput { layers.append(("feature_input", featureInput)) }
            layers += featureBlocks.flatMap(\.namedLayers)
            if let featureNorm { layers.append(("feature_norm", featureNorm)) }
            return layers
        case .allButHead:
            return namedLayers.filter { $0.layer !== head }
        }
    }
}
