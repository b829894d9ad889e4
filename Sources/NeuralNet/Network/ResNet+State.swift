/// The network's complete state — parameters and BatchNorm running statistics — as named
/// tensors: what the model file stores and what early stopping restores.
extension ResNet {
    /// Every tensor of the state with its name, in file order; running statistics are named
    /// `<norm>.running_mean` and `<norm>.running_var` as in PyTorch.
    public var state: [(name: String, tensor: Tensor)] {
        var tensors = namedParameters.map { ($0.name, $0.parameter.value) }
        for (name, norm) in namedBatchNorms {
            tensors.append(("\(name).running_mean", norm.runningMean))
            tensors.append(("\(name).running_var", norm.runningVariance))
        }
        return tensors
    }

    /// Replaces the state from named tensors; every tensor of `state` must be present with the
    /// same shape. Throws `ModelFileError` naming the first tensor that is missing or misshapen.
    public func load(state tensors: [String: Tensor]) throws(ModelFileError) {
        for (name, current) in state {
            guard let tensor = tensors[name] else { throw .missingTensor(name, place: "state") }
            guard tensor.shape == current.shape else {
                throw .shapeMismatch(
                    name, expected: current.shape, found: tensor.shape, place: "state")
            }
        }
        for (name, parameter) in namedParameters {
            if let tensor = tensors[name] { parameter.value = tensor }
        }
        for (name, norm) in namedBatchNorms {
            if let mean = tensors["\(name).running_mean"] { norm.runningMean = mean }
            if let variance = tensors["\(name).running_var"] { norm.runningVariance = variance }
        }
    }
}
