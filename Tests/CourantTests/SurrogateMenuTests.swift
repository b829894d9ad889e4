import CommandShell
import Courant
import Foundation
import Testing

/// `/surrogate` as the REPL and journals use it: a model is loaded (by default the one loaded
/// before, else the shipped one), predicts for the run in memory, prints live and reports its
/// settings, and every misuse is a one-line error that leaves the session going.
@Suite struct SurrogateMenuTests {
    /// The error message `text` raises when run as a journal, or nil when it runs.
    static func error(running text: String, in harness: SessionHarness) -> String? {
        do {
            try harness.run(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func predictNeedsAModelAndIterationsThenPredictsTheRunInMemory() throws {
        let harness = SessionHarness()
        try harness.run(
            SessionHarness.cavity(cells: 9, criterion: "1e-6")
                + "\n/solve/initialize/initialize-flow")
        let withoutModel = Self.error(running: "/surrogate/predict", in: harness)
        #expect(
            withoutModel?.hasSuffix("no surrogate model: use /surrogate/load-model first") == true)

        try harness.run("/surrogate/load-model \(LiveSurrogateTests.shippedModel)")
        #expect(
            harness.console.text.contains(
                "Surrogate model \(LiveSurrogateTests.shippedModel) loaded"))
        let withoutIterations = Self.error(running: "/surrogate/predict", in: harness)
        #expect(withoutIterations?.hasSuffix("no iterations yet: use /solve/iterate first") == true)

        try harness.run("/solve/iterate 30\n/surrogate/predict")
        let prediction = try #require(harness.console.lines.last)
        #expect(prediction.hasPrefix("surrogate: iteration 30: "), "\(prediction)")
        #expect(prediction.contains("p(converge)"), "\(prediction)")
    }

    @Test func liveSettingsPrintEveryNIterationsFrom25AndStatusReportsThem() throws {
        let harness = SessionHarness()
        try harness.run(
            SessionHarness.cavity(cells: 9, criterion: "1e-6")
                + "\n/solve/initialize/initialize-flow")
        try harness.run(
            "/surrogate/load-model \(LiveSurrogateTests.shippedModel)\n/surrogate/live 10 0\n"
                + "/solve/iterate 50\n/surrogate/status")
        let iterations = harness.console.lines.compactMap { line -> Int? in
            guard line.hasPrefix("surrogate: iteration ") else { return nil }
            return Int(line.dropFirst("surrogate: iteration ".count).prefix { $0.isNumber })
        }
        // Nothing before the 25 iterations a prediction needs.
        #expect(iterations == [30, 40, 50])
        let status = try #require(harness.console.lines.last)
        #expect(
            status.hasPrefix(
                "model \(LiveSurrogateTests.shippedModel); print every 10; abandon below (never);"),
            "\(status)")
        let badThreshold = Self.error(running: "/surrogate/live 10 1.5", in: harness)
        #expect(badThreshold?.contains("/surrogate/live") == true, "\(badThreshold ?? "")")
    }

    /// The shipped model is found from the test bundle's place in the build tree
    /// (`ShippedModel`), whatever the working directory.
    @Test func loadModelDefaultsToTheLoadedModelElseTheShippedOne() throws {
        let fresh = SessionHarness()
        try fresh.run("/surrogate/load-model ,\n/surrogate/status")
        #expect(
            fresh.console.lines.last?.hasPrefix("model \(LiveSurrogateTests.shippedModel);")
                == true, "\(fresh.console.lines)")

        let harness = SessionHarness()
        try harness.run("/surrogate/load-model \(LiveSurrogateTests.shippedModel)")
        try harness.run("/surrogate/load-model ,\n/surrogate/status")
        #expect(
            harness.console.lines.last?.hasPrefix("model \(LiveSurrogateTests.shippedModel);")
                == true)
        let missing = "/nonexistent-\(UUID().uuidString).safetensors"
        let error = Self.error(running: "/surrogate/load-model \(missing)", in: harness)
        #expect(error?.hasSuffix("\(missing): no such model file") == true, "\(error ?? "")")
        try harness.run("/surrogate/status")
        #expect(
            harness.console.lines.last?.hasPrefix("model \(LiveSurrogateTests.shippedModel);")
                == true)
    }
}
