import Foundation

/// The figures `courant surrogate evaluate` reports, as plain functions of predictions and
/// truths so each can be checked by hand.
public enum Metrics {
    /// Median of `values` (mean of the middle two for an even count); NaN when empty.
    /// Infinite values sort last, so a minority of them leaves the median finite; a NaN (a
    /// figure with no number) counts as +∞, so the median never depends on the input order.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.map { $0.isNaN ? .infinity : $0 }.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Median of |log10 predicted − log10 true| of the convergence iteration.
    public static func medianLog10Error(predicted: [Double], truth: [Double]) -> Double {
        median(zip(predicted, truth).map { abs(log10Safe($0) - log10Safe($1)) })
    }

    /// Median of 100·|predicted − true|/true of the remaining iterations, in percent.
    public static func medianPercentError(predicted: [Double], truth: [Double]) -> Double {
        median(zip(predicted, truth).map { 100 * abs($0 - $1) / max($1, 1) })
    }

    /// Macro-averaged F1 over the classes present in the truth or the predictions:
    /// F1_k = 2·TP_k/(2·TP_k + FP_k + FN_k).
    public static func macroF1(predicted: [Int], truth: [Int]) -> Double {
        let classes = Set(predicted).union(truth)
        guard !classes.isEmpty else { return .nan }
        let scores = classes.map { k -> Double in
            var tp = 0.0
            var fp = 0.0
            var fn = 0.0
            for (p, t) in zip(predicted, truth) {
                if p == k && t == k {
                    tp += 1
                } else if p == k {
                    fp += 1
                } else if t == k {
                    fn += 1
                }
            }
            return 2 * tp / max(2 * tp + fp + fn, 1)
        }
        return scores.reduce(0, +) / Double(scores.count)
    }

    /// Balanced accuracy: the mean over classes present in the truth of their recall
    /// TP_k/(TP_k + FN_k).
    public static func balancedAccuracy(predicted: [Int], truth: [Int]) -> Double {
        let classes = Set(truth)
        guard !classes.isEmpty else { return .nan }
        let recalls = classes.map { k -> Double in
            let members = zip(predicted, truth).filter { $0.1 == k }
            return Double(members.filter { $0.0 == k }.count) / Double(members.count)
        }
        return recalls.reduce(0, +) / Double(recalls.count)
    }

    /// Fraction of truths inside their [lower, upper] interval.
    public static func coverage(lower: [Double], upper: [Double], truth: [Double]) -> Double {
        guard !truth.isEmpty else { return .nan }
        let inside = truth.indices.filter { lower[$0] <= truth[$0] && truth[$0] <= upper[$0] }
        return Double(inside.count) / Double(truth.count)
    }

    private static func log10Safe(_ value: Double) -> Double {
        value.isFinite ? log10(max(value, 1)) : .infinity
    }
}
