import FlowSolver
import Foundation
import RunHistory
import Surrogate

/// `courant surrogate replay`: feeds a logged run's residuals, iteration by iteration, through
/// the same `LiveSurrogate` a live run uses, printing its lines and where it would have
/// abandoned the run, and compares the surrogate's own time with the solver's logged time.
public enum SurrogateReplay {
    /// Replays run `runID`; returns the exit code (0, or 1 on an input error).
    public static func run(
        modelPath: String, historyPath: String?, runID: Int64, printInterval: Int,
        abandonThreshold: Double?
    ) -> Int32 {
        SurrogateCommands.run {
            let database = try SurrogateCommands.openHistory(historyPath)
            let record = try database.run(id: runID)
            let samples = try database.iterations(runID: runID)
            let criteria = Dictionary(
                try database.criteria(runID: runID).map { ($0.equation, $0.value) },
                uniquingKeysWith: { first, _ in first })
            let solved = samples.equations
            let features = CaseFeatures(
                settings: record.settings, criteria: criteria, equations: solved)
            let form = MonitoredResidualForm(settings: record.settings).rawValue
            let live = LiveSurrogate(
                describeCase: {
                    (features, ResidualChannels.equations.map { criteria[$0] }, form)
                }, write: { print($0) })
            try live.loadModel(at: modelPath)
            live.printInterval = printInterval
            live.abandonThreshold = abandonThreshold
            let limit = RunSeries.iterationLimit(of: record, performed: record.iterations)
            let solverSeconds = (record.wallSeconds ?? 0) / Double(max(samples.count, 1))
            live.runWillStart(equations: solved, reports: [], iterationLimit: limit)
            var abandonedAt: Int?
            for sample in samples {
                let iterationRecord = IterationRecord(
                    iteration: sample.iteration,
                    residuals: sample.residuals.map {
                        EquationResidual(
                            equation: $0.equation, unscaled: $0.unscaled, scaled: $0.scaled,
                            normalised: $0.normalised)
                    }, wallSeconds: solverSeconds)
                live.iterationDidComplete(iterationRecord, iterationsLeft: limit - sample.iteration)
                if abandonedAt == nil, let request = live.stopRequest(after: iterationRecord) {
                    print(request.reason)
                    abandonedAt = sample.iteration
                }
            }
            let when = record.convergedAt.map { " at iteration \($0)" } ?? ""
            print(
                "run \(runID) (\(record.caseName) \(record.parameterSummary)): actually "
                    + "\(record.status.rawValue)\(when) after \(record.iterations) iterations")
            print(
                String(
                    format: "surrogate time %.4f s over %d iterations = %.3f%% of the solver's"
                        + " %.3f s", live.predictionSeconds, samples.count,
                    100 * live.predictionSeconds / max(live.solverSeconds, 1e-12),
                    live.solverSeconds))
        }
    }
}
