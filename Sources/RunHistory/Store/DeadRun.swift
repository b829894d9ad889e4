/// How a run is closed whose process is gone while its row still says `running` (killed with
/// `kill -9`, its node lost, or stopped by a scheduler before it could write its end): status
/// `interrupted`, iterations what was committed, and its end when it last committed (its start
/// if it never did), not when it was found dead. Its wall time, if it had none yet, is end minus
/// start.
enum DeadRun {
    /// The `SET` list of `UPDATE run` that closes such a row (no parameters).
    static let closingAssignments = """
        status = '\(RunStatus.interrupted.rawValue)',
        end_time = coalesce(committed_time, start_time),
        wall_seconds = coalesce(wall_seconds, coalesce(committed_time, start_time) - start_time),
        iterations = (SELECT coalesce(max(iteration), 0) FROM residual WHERE run_id = run.id)
        """
}
