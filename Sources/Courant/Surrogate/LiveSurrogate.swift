import CommandShell
import FlowSolver
import Foundation
import Monitoring
import Surrogate

/// The surrogate watching a run: keeps the residual history of the current solution (always,
/// so that a model loaded mid-session predicts from every iteration so far), prints the
/// prediction every `printInterval` iterations when a model is loaded, and, when
/// `abandonThreshold` is set, asks the run controller to stop a run whose probability of
/// converging has fallen below it (status `abandoned`, exit code 5).
///
/// The model predicts when the residual criteria will be met. It describes the run only as far
/// as they decide it (`ConvergenceDecision`): alone, its line reads "converges at about N"; with
/// convergence conditions also required, "residual criteria met at about N", and once they are
/// met, that the run waits for its conditions; when conditions alone or nothing but the limit
/// decide, it says so once and neither prints an estimate nor abandons the run.
///
/// One instance lives with the session; the controller holds it both as an
/// `IterationObserver` (before the deciders run) and as a `StopDecider` (after convergence,
/// divergence and stall, as `RunController` orders them). Its own cost is measured in
/// `predictionSeconds` beside the solver's `solverSeconds`.
public final class LiveSurrogate: IterationObserver, StopDecider {
    /// The loaded model, nil for none (then it only records residuals).
    public var model: SurrogateModel?
    /// Where the model was loaded from.
    public var modelPath: String?
    /// Print a prediction line every this many iterations (0: never): 100 keeps a default run's
    /// residual table readable (a 1,300-iteration cavity gets 13 lines).
    public var printInterval = 100
    /// Abandon a run when p(converge) falls below this (nil: never abandon).
    public var abandonThreshold: Double?
    /// With abandonment on, predict (and judge) every this many iterations. Measured with
    /// `courant surrogate replay` on the 65² Re = 400 cavity (22 ms per solver iteration): a
    /// batch-1 prediction takes 0.17 ms on an idle machine and up to 2 ms when other builds
    /// share the cores, so judging every iteration could cost up to ~8% of solver time, every
    /// 25 iterations at most ~0.3%.
    public var decisionInterval = 25
    /// No prediction, and so no abandonment, before this many iterations.
    public var minimumObserved = 25
    /// The case as the model reads it, asked for at the start of every `iterate` call.
    public var describeCase: () -> (features: CaseFeatures, criteria: [Double?], form: String)
    /// What ends the run as converged, asked for at the start of every `iterate` call.
    public var decision: () -> ConvergenceDecision = { .residualCriteria }
    /// Reasons the case lies outside what the model's case features can describe, beyond
    /// feature values (a mesh read from a file, whose cells and Reynolds number the features,
    /// read from the block settings, do not see); said with the other unfamiliar features.
    public var undescribedFeatures: () -> [String] = { [] }
    /// Console output.
    public var write: (String) -> Void

    /// (channels, iterations) monitored residuals of the current solution, `ResidualChannels`
    /// order; empty rows for equations not solved.
    public private(set) var residuals = [[Double]](repeating: [], count: ResidualChannels.count)
    /// Iterations observed in the current solution.
    public private(set) var observed = 0
    /// The iteration at which the current `iterate` call will stop at the latest.
    public private(set) var iterationLimit = 0
    /// The last prediction made, with the iteration it was made at.
    public private(set) var lastPrediction: ConvergencePrediction?
    /// Wall seconds spent predicting, and spent by the solver, in the current solution.
    public private(set) var predictionSeconds = 0.0
    /// Wall seconds the solver spent on the observed iterations.
    public private(set) var solverSeconds = 0.0
    private var features = CaseFeatures(
        values: Array(repeating: 0, count: CaseFeatures.names.count))
    private var criteria = [Double?](repeating: nil, count: ResidualChannels.count)
    private var form = "scaled"
    /// Whether this solution's lines were told that no stall monitor can stop the run.
    private var saidNoStallMonitor = false
    /// Whether this solution's lines were told the case lies outside the training data.
    private var saidUnfamiliar = false
    /// What ends the current `iterate` call as converged.
    private var decidedBy = ConvergenceDecision.residualCriteria
    /// Whether this solution's lines were told the surrogate cannot describe what decides it.
    private var saidUndescribed = false

    /// A live surrogate without a model; `describeCase` and `write` connect it to a session.
    public init(
        describeCase: @escaping () -> (features: CaseFeatures, criteria: [Double?], form: String),
        write: @escaping (String) -> Void
    ) {
        self.describeCase = describeCase
        self.write = write
    }

    /// Reads the model file at `path`; the message of a failure names the file.
    public func loadModel(at path: String) throws(SurrogateError) {
        model = try SurrogateModel.load(from: path)
        modelPath = path
    }

    /// Reads the case's features and criteria and the iteration this call may reach. With a
    /// model loaded and lines printed, says once per solution when no monitor stops the run on
    /// a stall ("stalled" will not be predicted, `SurrogateModel.withoutStalls`) and when the
    /// case lies outside the training data (`SurrogateModel.unfamiliarCaseFeatures`).
    public func runWillStart(equations: [String], reports: [String], iterationLimit: Int) {
        (features, criteria, form) = describeCase()
        decidedBy = decision()
        self.iterationLimit = observed + iterationLimit
        guard let model, printInterval > 0 || abandonThreshold != nil else { return }
        if let reason = undescribedReason, !saidUndescribed {
            write("surrogate: " + reason + ", so it prints no estimate and abandons nothing")
            saidUndescribed = true
        }
        guard printInterval > 0 else { return }
        if !features.stopsOnStall, !saidNoStallMonitor {
            write(
                "surrogate: no stall monitor stops this run (/solve/monitors/stall), so it is "
                    + "never called stalled: a slow run converges by the limit or does not")
            saidNoStallMonitor = true
        }
        // The model reads `ResidualChannels`; a solved equation beyond them (z-velocity in 3-D)
        // is one it never saw.
        let unfamiliar =
            model.unfamiliarCaseFeatures(features) + undescribedFeatures()
            + equations.filter { !ResidualChannels.equations.contains($0) }.map {
                "the \($0) residual is not among its inputs"
            }
        if !unfamiliar.isEmpty, !saidUnfamiliar {
            write(
                "surrogate: this case lies outside the training runs, its estimates are "
                    + "extrapolations: " + unfamiliar.joined(separator: "; "))
            saidUnfamiliar = true
        }
    }

    /// Appends the iteration's residuals; every `printInterval` iterations prints a prediction
    /// line, and every `decisionInterval` predicts for the abandon decision.
    public func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int) {
        if record.iteration <= observed { forgetSolution() }
        observed = record.iteration
        solverSeconds += record.wallSeconds
        for (c, equation) in ResidualChannels.equations.enumerated() {
            guard let residual = record.residuals.first(where: { $0.equation == equation }) else {
                continue
            }
            let value =
                form == "normalised"
                ? residual.normalised : form == "unscaled" ? residual.unscaled : residual.scaled
            // A channel that appears late is padded so its index stays the iteration.
            while residuals[c].count < observed - 1 { residuals[c].append(value) }
            residuals[c].append(value)
        }
        guard model != nil, undescribedReason == nil, observed >= minimumObserved else { return }
        let printsNow = printInterval > 0 && observed % printInterval == 0
        let decidesNow = abandonThreshold != nil && observed % decisionInterval == 0
        guard printsNow || decidesNow, let prediction = predictNow() else { return }
        if printsNow { write(line(prediction)) }
    }

    /// Reads what decides the run from the settings now in force (as `runWillStart` does), for
    /// a prediction asked for between `iterate` calls.
    public func refreshDecision() {
        decidedBy = decision()
    }

    /// Why the model cannot describe what ends the current run, or nil when it can: it predicts
    /// residual criteria, and here convergence conditions alone, or nothing, decide.
    public var undescribedReason: String? {
        switch decidedBy {
        case .residualCriteria, .conditionsAndResidualCriteria: nil
        case .conditions:
            "convergence conditions on report definitions decide this run, and the model "
                + "predicts residual criteria only"
        case .nothing:
            "no checked residual criterion and no active convergence condition: only the "
                + "iteration limit ends this run"
        }
    }

    /// The line for `prediction` as what decides the run makes it read: `converges at about N`
    /// when the residual criteria decide alone; with convergence conditions also required,
    /// `residual criteria met at about N` or, once they are met, that the run waits for its
    /// conditions.
    public func line(_ prediction: ConvergencePrediction) -> String {
        guard decidedBy == .conditionsAndResidualCriteria else { return Self.line(prediction) }
        if criteriaMetNow {
            return "surrogate: iteration \(prediction.observed): residual criteria met; the run "
                + "goes on until its convergence conditions hold"
        }
        return Self.line(prediction).replacingOccurrences(
            of: ": converges at about ", with: ": residual criteria met at about ")
            + "; convergence conditions must also hold"
    }

    /// Whether every checked criterion is met by the last observed residual.
    private var criteriaMetNow: Bool {
        zip(residuals, criteria).allSatisfy { series, criterion in
            guard let criterion, let last = series.last else { return true }
            return last <= criterion
        }
    }

    /// Does nothing: the series is kept, so iterating again goes on predicting from it.
    public func runDidFinish(_ outcome: RunOutcome) {}

    /// Abandons the run when the latest prediction's p(converge) is below `abandonThreshold`.
    public func stopRequest(after record: IterationRecord) -> (status: RunStatus, reason: String)? {
        guard undescribedReason == nil, let threshold = abandonThreshold,
            let prediction = lastPrediction,
            prediction.observed == record.iteration,
            prediction.convergenceProbability < threshold
        else { return nil }
        return (
            .abandoned,
            String(
                format: "surrogate: p(converge) %.3f below %.3f at iteration %d; run abandoned",
                prediction.convergenceProbability, threshold, record.iteration)
        )
    }

    /// The model's prediction from the residuals observed so far (nil without a model or
    /// iterations).
    @discardableResult
    public func predictNow() -> ConvergencePrediction? {
        guard let model, observed > 0 else { return nil }
        let start = Date()
        let input = SurrogateInput(
            residuals: residuals, criteria: criteria, caseFeatures: features, observed: observed,
            iterationLimit: max(iterationLimit, observed), windowLength: model.windowLength)
        let prediction = model.predict([input]).first
        predictionSeconds += Date().timeIntervalSince(start)
        lastPrediction = prediction
        return prediction
    }

    /// `surrogate: iteration 50: converges at about 180 (140-260), p(converge) 0.93`
    public static func line(_ prediction: ConvergencePrediction) -> String {
        let probabilities = SurrogateOutcome.allCases.map {
            String(format: "%@ %.2f", $0.description, prediction.probabilities[$0.rawValue])
        }.joined(separator: ", ")
        return String(
            format: "surrogate: iteration %d: converges at about %.0f (%.0f-%.0f), p(converge) %.2f"
                + " [%@]",
            prediction.observed, prediction.convergenceIteration,
            Double(prediction.observed) + prediction.lower,
            Double(prediction.observed) + prediction.upper, prediction.convergenceProbability,
            probabilities)
    }

    /// Clears the history (a new solution started at iteration 1).
    private func forgetSolution() {
        iterationLimit -= observed
        residuals = [[Double]](repeating: [], count: ResidualChannels.count)
        observed = 0
        lastPrediction = nil
        predictionSeconds = 0
        solverSeconds = 0
        saidNoStallMonitor = false
        saidUnfamiliar = false
        saidUndescribed = false
    }
}
