import CommandShell
import Foundation
import Surrogate

/// `/surrogate`: load a convergence model, predict for the current run, and switch on the
/// live display and abandonment. Commands only, so nothing here enters the case file.
public enum SurrogateMenu {
    /// The menu bound to `live`, the session's `LiveSurrogate`.
    public static func build(for session: CourantSession, live: LiveSurrogate) -> MenuNode {
        let menu = MenuNode("surrogate", help: "Convergence prediction from the first iterations")
        menu.add(
            .command(
                CommandNode(
                    "load-model", help: "Read a surrogate model (.safetensors)",
                    arguments: [
                        CommandArgument(
                            "model-file",
                            help: "Model file (default: the one loaded, else the shipped one)",
                            type: .filePath,
                            default: (live.modelPath ?? ShippedModel.forThisProcess.path).map {
                                .text($0)
                            })
                    ]
                ) { call in
                    let path = try call.text("model-file")
                    do {
                        try live.loadModel(at: path)
                    } catch {
                        throw ShellError("\(error)")
                    }
                    session.write("Surrogate model \(path) loaded\n")
                    if let provenance = live.model?.provenance {
                        session.write(provenance.summary + "\n")
                    }
                }))
        menu.add(
            .command(
                CommandNode(
                    "predict",
                    help: "Predict convergence of the current run from its iterations so far",
                    isRecorded: false
                ) { _ in
                    guard live.model != nil else {
                        throw ShellError("no surrogate model: use /surrogate/load-model first")
                    }
                    live.refreshDecision()
                    if let reason = live.undescribedReason {
                        throw ShellError(reason + ": there is nothing to predict")
                    }
                    guard let prediction = live.predictNow() else {
                        throw ShellError("no iterations yet: use /solve/iterate first")
                    }
                    session.write(live.line(prediction) + "\n")
                }))
        menu.add(
            .command(
                CommandNode(
                    "live",
                    help:
                        "From iteration 25, print a prediction every N iterations; abandon below p(converge) P",
                    arguments: [
                        CommandArgument(
                            "print-every", help: "Iterations between prediction lines (0: none)",
                            type: .integer(range: 0...1_000_000),
                            default: .integer(live.printInterval)),
                        CommandArgument(
                            "abandon-below",
                            help: "Abandon a run below this p(converge) (0: never)",
                            type: .real(range: 0...1), default: .real(live.abandonThreshold ?? 0)),
                    ]
                ) { call in
                    live.printInterval = try call.integer("print-every")
                    let threshold = try call.real("abandon-below")
                    live.abandonThreshold = threshold > 0 ? threshold : nil
                }))
        menu.add(
            .command(
                CommandNode(
                    "status", help: "Model, live settings and the cost of prediction so far",
                    isRecorded: false
                ) { _ in
                    session.write(status(of: live) + "\n")
                }))
        return menu
    }

    /// `model …; print every 25; abandon below 0.1; 12 predictions took 0.3% of solver time`
    static func status(of live: LiveSurrogate) -> String {
        let share =
            live.solverSeconds > 0 ? 100 * live.predictionSeconds / live.solverSeconds : 0
        return [
            "model " + (live.modelPath ?? "(none)"),
            "print every \(live.printInterval)",
            "abandon below " + (live.abandonThreshold.map { String($0) } ?? "(never)"),
            String(format: "prediction cost %.2f%% of solver time", share),
        ].joined(separator: "; ")
    }
}
