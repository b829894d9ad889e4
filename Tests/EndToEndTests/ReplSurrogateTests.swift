import Foundation
import Testing

/// The surrogate menu in a real terminal: a model loaded in the middle of a session predicts
/// from every iteration computed before it was loaded, and its line describes what decides the
/// run.
@Suite struct ReplSurrogateTests {
    static let model = CourantBinary.packageRoot + "/models/convergence-v2.safetensors"

    @Test func aModelLoadedMidSessionPredictsFromTheIterationsSoFar() throws {
        let workspace = try TerminalWorkspace()
        let terminal = try workspace.startReplOnQuietCavity(cells: 8)
        defer { terminal.close() }
        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria 1e-9 1e-9 1e-9", thenPrompt: "> ")
        try terminal.enter("/solve/iterate 60", thenPrompt: "> ")
        try terminal.enter("/surrogate/load-model \(Self.model)", thenPrompt: "> ")
        let predicted = try terminal.enter("/surrogate/predict", thenPrompt: "> ")
        #expect(predicted.hasPrefix("surrogate: iteration 60: converges at about "), "\(predicted)")

        // Convergence conditions alone decide from here: there is nothing to predict.
        try terminal.enter(
            "/solve/report-definitions/mass-flow-rate flow lid", thenPrompt: "> ")
        try terminal.enter(
            "/solve/convergence-conditions/conv-reports/add flow 1e-3 0 1 yes yes",
            thenPrompt: "> ")
        try terminal.enter(
            "/solve/convergence-conditions/residual-criteria-required? no", thenPrompt: "> ")
        let refused = try terminal.enter("/surrogate/predict", thenPrompt: "> ")
        #expect(
            refused
                == "/surrogate/predict: convergence conditions on report definitions decide this "
                + "run, and the model predicts residual criteria only: there is nothing to "
                + "predict\n")
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
