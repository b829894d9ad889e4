import Foundation
import NeuralNet
import Testing

/// Every loss's gradient agrees with finite differences (relative error < 1e-3, Float32), and the
/// values match closed forms.
@Suite struct LossGradientTests {
    static let tolerance = 1e-3

    /// Checks `gradient` of `loss(prediction)` by finite differences.
    static func error(
        _ check: inout GradientCheck, prediction: Tensor, gradient: Tensor,
        loss: @escaping (Tensor) -> Float
    ) -> Double {
        var perturbed = prediction
        return check.relativeError(
            analytic: gradient.scalars, perturb: { perturbed.scalars[$0] += $1 },
            loss: { Double(loss(perturbed)) })
    }

    @Test func meanSquaredErrorGradientMatches() {
        var check = GradientCheck()
        let p = check.random([4, 3])
        let y = check.random([4, 3])
        let (_, g) = Loss.meanSquaredError(prediction: p, target: y)
        let e = Self.error(&check, prediction: p, gradient: g) {
            Loss.meanSquaredError(prediction: $0, target: y).value
        }
        #expect(e < Self.tolerance, "seed \(check.seed)")
    }

    @Test func gaussianNLLGradientsMatchForMeanAndLogVariance() {
        var check = GradientCheck()
        let mean = check.random([6])
        let logVariance = check.random([6])
        let y = check.random([6])
        let result = Loss.gaussianNegativeLogLikelihood(
            mean: mean, logVariance: logVariance, target: y)
        let meanError = Self.error(&check, prediction: mean, gradient: result.meanGradient) {
            Loss.gaussianNegativeLogLikelihood(mean: $0, logVariance: logVariance, target: y).value
        }
        let varianceError = Self.error(
            &check, prediction: logVariance, gradient: result.logVarianceGradient
        ) {
            Loss.gaussianNegativeLogLikelihood(mean: mean, logVariance: $0, target: y).value
        }
        #expect(meanError < Self.tolerance && varianceError < Self.tolerance, "seed \(check.seed)")
    }

    @Test func pinballLossValueAndGradientMatch() {
        var check = GradientCheck()
        let quantiles: [Float] = [0.1, 0.5, 0.9]
        let p = check.random([5, 3])
        let y = Tensor(shape: [5], scalars: (0..<5).map { _ in check.rng.nextUniform(in: 2..<3) })
        let (value, g) = Loss.pinball(prediction: p, target: y, quantiles: quantiles)
        let e = Self.error(&check, prediction: p, gradient: g) {
            Loss.pinball(prediction: $0, target: y, quantiles: quantiles).value
        }
        #expect(e < Self.tolerance, "seed \(check.seed)")
        // All targets above all predictions: L = mean of τ·(y − p).
        var expected = 0.0
        for b in 0..<5 {
            for q in 0..<3 {
                expected += Double(quantiles[q] * (y.scalars[b] - p.scalars[b * 3 + q]))
            }
        }
        #expect(abs(Double(value) - expected / 15) < 1e-5)
    }

    @Test func crossEntropyGradientMatchesAndUniformLogitsGiveLogK() {
        var check = GradientCheck()
        let logits = check.random([5, 4])
        let labels = (0..<5).map { _ in Int(check.rng.next() % 4) }
        let (_, g) = Loss.crossEntropyWithLogits(logits: logits, labels: labels)
        let e = Self.error(&check, prediction: logits, gradient: g) {
            Loss.crossEntropyWithLogits(logits: $0, labels: labels).value
        }
        #expect(e < Self.tolerance, "seed \(check.seed)")
        let uniform = Loss.crossEntropyWithLogits(logits: Tensor(shape: [2, 4]), labels: [0, 3])
        #expect(abs(uniform.value - Float(4).logarithm) < 1e-6)
    }

    @Test func binaryCrossEntropyGradientMatchesAndZeroLogitGivesLog2() {
        var check = GradientCheck()
        let logits = check.random([7])
        let y = Tensor(shape: [7], scalars: (0..<7).map { Float($0 % 2) })
        let (_, g) = Loss.binaryCrossEntropyWithLogits(logits: logits, target: y)
        let e = Self.error(&check, prediction: logits, gradient: g) {
            Loss.binaryCrossEntropyWithLogits(logits: $0, target: y).value
        }
        #expect(e < Self.tolerance, "seed \(check.seed)")
        let half = Loss.binaryCrossEntropyWithLogits(
            logits: Tensor(shape: [3]), target: y.slicingBatch(0..<3))
        #expect(abs(half.value - Float(2).logarithm) < 1e-6)
    }
}

extension Float {
    /// Natural logarithm.
    var logarithm: Float { Float(log(Double(self))) }
}
