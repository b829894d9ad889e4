/// Naming and enumeration of the network's tensors, shared by the optimiser, freezing and the
/// model file. Names follow PyTorch `state_dict` style: `blocks.0.conv1.weight`,
/// `feature_blocks.2.linear0.bias`, `head.weight`.
extension ResNet {
    /// Every layer with parameters, with its dotted name prefix, in file order.
    public var namedLayers: [(name: String, layer: any Layer)] {
        var layers = [(name: String, layer: any Layer)]()
        for (b, block) in blocks.enumerated() {
            layers += block.namedLayers.map { ("blocks.\(b).\($0.name)", $0.layer) }
        }
        if let featureInput { layers.append(("feature_input", featureInput)) }
        for (b, block) in featureBlocks.enumerated() {
            layers += block.namedLayers.map { ("feature_blocks.\(b).\($0.name)", $0.layer) }
        }
        if let featureNorm { layers.append(("feature_norm", featureNorm)) }
        layers.append(("head", head))
        return layers
    }

    /// Every trainable parameter with its full name, in file order.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        namedLayers.flatMap { prefix, layer in
            layer.namedParameters.map { ("\(prefix).\($0.name)", $0.parameter) }
        }
    }

    /// Every BatchNorm with its name prefix (their running statistics are saved too).
    var namedBatchNorms: [(name: String, norm: BatchNorm1d)] {
        namedLayers.compactMap { name, layer in
            (layer as? BatchNorm1d).map { (name, $0) }
        }
    }

    /// Number of trainable scalars.
    public var parameterCount: Int {
        namedParameters.reduce(0) { $0 + $1.parameter.value.count }
    }

    /// Sets every accumulated gradient to zero (before each training step).
    public func zeroGradients() {
        for (_, parameter) in namedParameters { parameter.zeroGradient() }
    }
}
