extension RunSeries {
    /// The runs of `runs` whose ids are in `ids`, in the order of `runs`; a one-line error
    /// naming the ids that are not among `runs` (not in the history, or not finished).
    public static func selecting(_ ids: [Int64], from runs: [RunSeries])
        throws(SurrogateError) -> [RunSeries]
    {
        let wanted = Set(ids)
        let missing = wanted.subtracting(runs.map(\.runID)).sorted()
        guard missing.isEmpty else { throw .unknownRuns(missing) }
        return runs.filter { wanted.contains($0.runID) }
    }
}
