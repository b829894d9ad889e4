import FlowSolver

/// Something that watches the residual stream without deciding anything: the console table, the
/// history logger, report files, the live surrogate display.
public protocol IterationObserver: AnyObject {
    /// Called before the first iteration of an `iterate` call.
    func runWillStart(equations: [String], reports: [String], iterationLimit: Int)
    /// Called after every iteration, in order, before any stop decision is printed.
    func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int)
    /// Called once when the `iterate` call ends, whatever the reason.
    func runDidFinish(_ outcome: RunOutcome)
}

/// Something that may end a run early for a reason of its own (e.g. the surrogate abandoning a
/// hopeless run). Returns the status and a one-line reason, or nil to let the run go on.
public protocol StopDecider: AnyObject {
    /// Judges `record`, after divergence, convergence and stall have not ended the run: the status
    /// to end it with (e.g. `abandoned`) and the one-line reason printed, or nil to go on.
    func stopRequest(after record: IterationRecord) -> (status: RunStatus, reason: String)?
}
