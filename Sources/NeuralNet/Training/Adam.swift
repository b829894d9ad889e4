import Foundation
import NeuralNetKernels

/// Adam (Kingma & Ba 2015) and AdamW (Loshchilov & Hutter 2019), in PyTorch's arithmetic:
///
///     g ← ∇θ (+ λ·θ for Adam's L2 decay)        θ ← θ·(1 − η·λ) first for AdamW
///     m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²
///     θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// Frozen parameters are skipped entirely (value and moments untouched). The element loop is
/// `KernelVariant.adamStep`, in the kernel build `KernelDispatch` chose.
public final class Adam {
    /// β₁, the first-moment decay.
    public var beta1: Float = 0.9
    /// β₂, the second-moment decay.
    public var beta2: Float = 0.999
    /// ε added to the root of the second moment.
    public var epsilon: Float = 1e-8
    /// λ, the weight decay (0: none).
    public var weightDecay: Float
    /// True: AdamW's decoupled decay; false: Adam's L2 term in the gradient.
    public var decoupledWeightDecay: Bool
    private var step = 0
    private var moments: [ObjectIdentifier: (first: [Float], second: [Float])] = [:]

    /// An optimiser with the given decay (`decoupled` selects AdamW).
    public init(weightDecay: Float = 0, decoupled: Bool = false) {
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupled
    }

    /// Applies one update with learning rate η to every unfrozen parameter from its gradient.
    public func update(_ parameters: [Parameter], learningRate: Float) {
        step += 1
        let correction1 = 1 - pow(beta1, Float(step))
        let correction2Root = (1 - pow(beta2, Float(step))).squareRoot()
        let coefficients = AdamStep(
            beta1: beta1, beta2: beta2, epsilon: epsilon, learningRate: learningRate,
            weightDecay: weightDecay, decoupled: decoupledWeightDecay,
            stepSize: learningRate / correction1, correction2Root: correction2Root)
        let kernels = KernelDispatch.kernels
        for parameter in parameters where !parameter.isFrozen {
            let key = ObjectIdentifier(parameter)
            let count = parameter.value.count
            var (first, second) =
                moments[key]
                ?? ([Float](repeating: 0, count: count), [Float](repeating: 0, count: count))
            moments[key] = nil
            let gradient = parameter.gradient.scalars
            // One mutable access for the whole tensor (one `version` step, no per-element copy).
            parameter.value.scalars.withUnsafeMutableBufferPointer { value in
                gradient.withUnsafeBufferPointer { gradient in
                    first.withUnsafeMutableBufferPointer { first in
                        second.withUnsafeMutableBufferPointer { second in
                            guard let value = value.baseAddress,
                                let gradient = gradient.baseAddress,
                                let first = first.baseAddress, let second = second.baseAddress
                            else { return }
                            ParallelLoop.forEachPart(of: count, grain: ParallelLoop.grain) {
                                part in
                                let start = part.lowerBound
                                kernels.adamStep(
                                    coefficients, value: value + start,
                                    gradient: gradient + start, first: first + start,
                                    second: second + start, count: part.count)
                            }
                        }
                    }
                }
            }
            moments[key] = (first, second)
        }
    }

    /// Scales the gradients of unfrozen parameters so their global L2 norm is at most `maxNorm`
    /// (PyTorch `clip_grad_norm_`: factor maxNorm/(‖g‖ + 1e-6) when ‖g‖ > maxNorm).
    /// Returns the norm before clipping.
    @discardableResult
    public static func clipGradientNorm(_ parameters: [Parameter], maxNorm: Float) -> Float {
        let trainable = parameters.filter { !$0.isFrozen }
        let norm = Float(trainable.reduce(0) { $0 + $1.gradient.squaredNorm }.squareRoot())
        if norm > maxNorm {
            let factor = maxNorm / (norm + 1e-6)
            for parameter in trainable {
                for i in 0..<parameter.gradient.count { parameter.gradient.scalars[i] *= factor }
            }
        }
        return norm
    }
}
