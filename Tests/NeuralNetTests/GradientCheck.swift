import Foundation
import NeuralNet

/// Finite-difference gradient checking in Float32.
///
/// The directional probe L = Σ output·R (R random, fixed) is summed in Double; derivatives use the
/// fourth-order central stencil (8(L(+h) − L(−h)) − (L(+2h) − L(−2h)))/(12h) with h = 1e-2, whose
/// truncation error O(h⁴) stays far below Float32 rounding, so one large step serves all layers.
/// The error reported is ‖g_analytic − g_fd‖ / max(‖g_analytic‖, ‖g_fd‖) over sampled coordinates.
struct GradientCheck {
    var rng: SplitMix64
    let seed: UInt64
    static let step: Float = 1e-2

    /// A fresh random seed each run; `COURANT_GRADIENT_SEED=N` replays the seed a failure printed.
    init() {
        let replayed = ProcessInfo.processInfo.environment["COURANT_GRADIENT_SEED"]
            .flatMap { UInt64($0) }
        self.init(seed: replayed ?? UInt64.random(in: 0..<UInt64.max))
    }

    /// A check drawing from `seed`.
    init(seed: UInt64) {
        self.seed = seed
        rng = SplitMix64(seed: seed)
    }

    /// A tensor with entries uniform in ±1, kept at least `margin` away from 0 (ReLU kinks).
    mutating func random(_ shape: [Int], margin: Float = 0) -> Tensor {
        let count = shape.reduce(1, *)
        let scalars = (0..<count).map { _ -> Float in
            let magnitude = rng.nextUniform(in: margin..<1)
            return rng.next() % 2 == 0 ? magnitude : -magnitude
        }
        return Tensor(shape: shape, scalars: scalars)
    }

    /// L = Σ output·probe in Double.
    static func probe(_ output: Tensor, _ weights: Tensor) -> Double {
        zip(output.scalars, weights.scalars).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }

    /// Relative error of `analytic` against finite differences of `loss` over at most `samples`
    /// coordinates of a tensor with `count` entries changed by `perturb(index, delta)`.
    mutating func relativeError(
        analytic: [Float], samples: Int = 24, perturb: (Int, Float) -> Void, loss: () -> Double
    ) -> Double {
        let h = Self.step
        let indices =
            analytic.count <= samples
            ? Array(0..<analytic.count)
            : (0..<samples).map { _ in Int(rng.next() % UInt64(analytic.count)) }
        var difference = 0.0
        var analyticNorm = 0.0
        var numericNorm = 0.0
        for i in indices {
            func at(_ offset: Float) -> Double {
                perturb(i, offset)
                let value = loss()
                perturb(i, -offset)
                return value
            }
            let numeric =
                (8 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12 * Double(h))
            let exact = Double(analytic[i])
            difference += (exact - numeric) * (exact - numeric)
            analyticNorm += exact * exact
            numericNorm += numeric * numeric
        }
        let scale = max(analyticNorm, numericNorm).squareRoot()
        return scale == 0 ? 0 : difference.squareRoot() / scale
    }

    /// Checks ∂L/∂input and ∂L/∂θ of `layer` (training mode) and returns the worst error with
    /// the name of the tensor it came from.
    mutating func worstError(of layer: any Layer, input: Tensor) -> (error: Double, tensor: String)
    {
        let output = layer.forward(input, mode: .training)
        let weights = random(output.shape)
        for (_, parameter) in layer.namedParameters { parameter.zeroGradient() }
        let inputGradient = layer.backward(weights)
        var perturbed = input
        var worst = (error: 0.0, tensor: "")
        let inputError = relativeError(
            analytic: inputGradient.scalars,
            perturb: { perturbed.scalars[$0] += $1 },
            loss: { Self.probe(layer.forward(perturbed, mode: .training), weights) })
        worst = (inputError, "input")
        for (name, parameter) in layer.namedParameters {
            let error = relativeError(
                analytic: parameter.gradient.scalars,
                perturb: { parameter.value.scalars[$0] += $1 },
                loss: { Self.probe(layer.forward(input, mode: .training), weights) })
            if error > worst.error { worst = (error, name) }
        }
        return worst
    }
}
