extension SweepPlan {
    /// The runs that none of their histories holds completed (journal hash + parameters), in
    /// sweep order: what `--emit slurm` writes tasks for, as a local batch runs only these.
    /// `histories` names, for each run, the histories to look in (the sweep's history and the
    /// run's shard); they are opened read only, and a missing one holds nothing.
    public func runsNotCompleted(in histories: (SweepRun) -> [String]) throws -> [SweepRun] {
        try runs.filter { run in
            try CompletedRunCheck.find(
                caseHash: caseHash, parameters: run.parameters, in: histories(run)) == nil
        }
    }
}
