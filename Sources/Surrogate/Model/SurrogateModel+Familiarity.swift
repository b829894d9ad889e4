import Foundation

extension SurrogateModel {
    /// Standard deviations from the training runs' mean beyond which a case feature is called
    /// outside the training data.
    public static let unfamiliarDistance = 3.0

    /// Whether input `index` (`SurrogateExample.featureNames` order) never varied in the
    /// training data: standardisation gives a constant column the scale exactly 1, and its
    /// mean is then the one value every training example had.
    public func neverVaried(_ index: Int) -> Bool { featureScale[index] == 1 }

    /// The case features of `features` that lie outside what the model was trained on: more
    /// than `unfamiliarDistance` training standard deviations from the training mean, or a
    /// feature that never varied in training (scale exactly 1) with another value. One phrase
    /// each, e.g. `log10-cells = 4.22, 3.3 standard deviations above the training mean 2.77`;
    /// empty when the case looks like the training runs.
    ///
    /// The network still answers for such a case, but what it says there is an extrapolation:
    /// the shipped model was trained on meshes of at most ~4,000 cells, so the 129² cavity
    /// (16,641 cells) is flagged and the 65² one (4,225) is not.
    public func unfamiliarCaseFeatures(_ features: CaseFeatures) -> [String] {
        CaseFeatures.names.indices.compactMap { i in
            let value = features.values[i]
            let mean = featureMean[i]
            let scale = featureScale[i]
            if neverVaried(i), abs(value - mean) > 1e-9 {
                return String(
                    format: "%@ = %.3g, always %.3g in training", CaseFeatures.names[i], value,
                    mean)
            }
            let distance = (value - mean) / scale
            guard abs(distance) > Self.unfamiliarDistance else { return nil }
            return String(
                format: "%@ = %.3g, %.1f standard deviations %@ the training mean %.3g",
                CaseFeatures.names[i], value, abs(distance), distance > 0 ? "above" : "below",
                mean)
        }
    }
}
