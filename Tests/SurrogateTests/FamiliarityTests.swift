import NeuralNet
import Surrogate
import Testing

@Suite struct FamiliarityTests {
    /// A model whose training runs had log10-cells 2.5 ± 0.5, Re 100 ± 10× and never energy.
    static func model() -> SurrogateModel {
        let width = SurrogateExample.featureNames.count
        var mean = [Double](repeating: 0, count: width)
        var scale = [Double](repeating: 0.5, count: width)
        (mean[0], scale[0]) = (2, 1.000_000_1)  // log10 Re; a scale of exactly 1: never varied
        (mean[1], scale[1]) = (2.5, 0.5)  // log10 cells
        (mean[7], scale[7]) = (0, 1)  // energy: never on in training
        return SurrogateModel(
            network: ResNet(configuration: SurrogateModel.architecture(), seed: 1),
            windowLength: 8, featureMean: mean, featureScale: scale)
    }

    static func features(reynolds: Double, cells: Double, energy: Double) -> CaseFeatures {
        CaseFeatures(values: [reynolds, cells, 0, 0, 0, 0, 0, energy])
    }

    @Test func aCaseLikeTheTrainingRunsIsFamiliar() {
        #expect(
            Self.model().unfamiliarCaseFeatures(Self.features(reynolds: 3, cells: 3.9, energy: 0))
                .isEmpty)
    }

    @Test func aFeatureBeyondThreeStandardDeviationsOrNeverSeenIsNamed() {
        let named = Self.model().unfamiliarCaseFeatures(
            Self.features(reynolds: -2.5, cells: 4.22, energy: 1))
        #expect(
            named == [
                "log10-reynolds = -2.5, 4.5 standard deviations below the training mean 2",
                "log10-cells = 4.22, 3.4 standard deviations above the training mean 2.5",
                "energy = 1, always 0 in training",
            ])
    }
}
