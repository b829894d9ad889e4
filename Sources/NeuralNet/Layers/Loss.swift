import Foundation

/// Training objectives. Each returns the scalar loss (a mean over all its terms, as PyTorch's
/// `reduction="mean"`) and its gradient with respect to the prediction, same shape.
public enum Loss {
    /// L = (1/N)·Σ (p − y)²;  ∂L/∂p = 2(p − y)/N.  `prediction` and `target` share any shape.
    public static func meanSquaredError(prediction: Tensor, target: Tensor)
        -> (value: Float, gradient: Tensor)
    {
        precondition(prediction.shape == target.shape, "MSE shapes differ")
        let n = Float(prediction.count)
        var sum = 0.0
        var gradient = prediction
        for i in 0..<prediction.count {
            let residual = prediction.scalars[i] - target.scalars[i]
            sum += Double(residual) * Double(residual)
            gradient.scalars[i] = 2 * residual / n
        }
        return (Float(sum / Double(n)), gradient)
    }

    /// Gaussian negative log-likelihood with predicted mean μ and log-variance s = log σ²,
    /// without the constant ½·log 2π:  L = (1/N)·Σ ½·(s + (y − μ)²·e^(−s)).
    /// ∂L/∂μ = −(y − μ)·e^(−s)/N,  ∂L/∂s = ½·(1 − (y − μ)²·e^(−s))/N. All tensors share a shape.
    public static func gaussianNegativeLogLikelihood(
        mean: Tensor, logVariance: Tensor, target: Tensor
    ) -> (value: Float, meanGradient: Tensor, logVarianceGradient: Tensor) {
        precondition(mean.shape == target.shape && logVariance.shape == target.shape)
        let n = Float(mean.count)
        var sum = 0.0
        var meanGradient = mean
        var logVarianceGradient = logVariance
        for i in 0..<mean.count {
            let residual = target.scalars[i] - mean.scalars[i]
            let precision = exp(-logVariance.scalars[i])
            let scaled = residual * residual * precision
            sum += 0.5 * Double(logVariance.scalars[i] + scaled)
            meanGradient.scalars[i] = -residual * precision / n
            logVarianceGradient.scalars[i] = 0.5 * (1 - scaled) / n
        }
        return (Float(sum / Double(n)), meanGradient, logVarianceGradient)
    }

    /// Pinball (quantile) loss for predictions (batch, quantiles.count) of target (batch):
    /// L = (1/N)·Σ_{b,q} max(τ_q·(y_b − p_bq), (τ_q − 1)·(y_b − p_bq)), N = batch·quantiles;
    /// ∂L/∂p = −τ/N where y > p, (1 − τ)/N otherwise.
    public static func pinball(prediction: Tensor, target: Tensor, quantiles: [Float])
        -> (value: Float, gradient: Tensor)
    {
        let batch = prediction.shape[0]
        let width = quantiles.count
        precondition(prediction.shape == [batch, width] && target.count == batch)
        let n = Float(batch * width)
        var sum = 0.0
        var gradient = prediction
        for b in 0..<batch {
            for (q, tau) in quantiles.enumerated() {
                let residual = target.scalars[b] - prediction.scalars[b * width + q]
                sum += Double(max(tau * residual, (tau - 1) * residual))
                gradient.scalars[b * width + q] = (residual > 0 ? -tau : 1 - tau) / n
            }
        }
        return (Float(sum / Double(n)), gradient)
    }

    /// Softmax cross-entropy from logits (batch, classes) and class indices (batch):
    /// L = (1/B)·Σ_b (logΣ_k e^{z_bk} − z_b,label);  ∂L/∂z = (softmax(z) − onehot)/B.
    public static func crossEntropyWithLogits(logits: Tensor, labels: [Int])
        -> (value: Float, gradient: Tensor)
    {
        let batch = logits.shape[0]
        let classes = logits.shape[1]
        precondition(labels.count == batch, "cross-entropy: \(labels.count) labels for \(batch)")
        var sum = 0.0
        var gradient = logits
        for b in 0..<batch {
            let row = b * classes
            var largest = -Float.infinity
            for k in 0..<classes { largest = max(largest, logits.scalars[row + k]) }
            var partition = 0.0
            for k in 0..<classes { partition += exp(Double(logits.scalars[row + k] - largest)) }
            let logPartition = Double(largest) + log(partition)
            sum += logPartition - Double(logits.scalars[row + labels[b]])
            for k in 0..<classes {
                let probability = Float(exp(Double(logits.scalars[row + k]) - logPartition))
                gradient.scalars[row + k] =
                    (probability - (k == labels[b] ? 1 : 0)) / Float(batch)
            }
        }
        return (Float(sum / Double(batch)), gradient)
    }

    /// Binary cross-entropy from logits z and targets y ∈ [0, 1] of any equal shape, in the
    /// overflow-safe form L = (1/N)·Σ (max(z, 0) − z·y + log(1 + e^(−|z|)));
    /// ∂L/∂z = (σ(z) − y)/N.
    public static func binaryCrossEntropyWithLogits(logits: Tensor, target: Tensor)
        -> (value: Float, gradient: Tensor)
    {
        precondition(logits.shape == target.shape, "BCE shapes differ")
        let n = Float(logits.count)
        var sum = 0.0
        var gradient = logits
        for i in 0..<logits.count {
            let z = Double(logits.scalars[i])
            let y = Double(target.scalars[i])
            sum += max(z, 0) - z * y + log1p(exp(-abs(z)))
            let sigmoid = z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
            gradient.scalars[i] = Float(sigmoid - y) / n
        }
        return (Float(sum / Double(n)), gradient)
    }
}
