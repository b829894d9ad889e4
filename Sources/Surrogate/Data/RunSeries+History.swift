import RunHistory

extension RunSeries {
    /// The iterations `record` was allowed: the recorded limit (schema 3 on), else an
    /// `iterations` parameter (the shipped journals' name for it), else the iterations it
    /// `performed` (all that is known of an older run).
    public static func iterationLimit(of record: RunRecord, performed: Int) -> Int {
        record.iterationLimit ?? record.parameters["iterations"].flatMap { Int($0) } ?? performed
    }

    /// The run `record` with its logged `iterations` and `criteria`, or nil when its status
    /// is not an outcome the surrogate learns (running, interrupted, failed, abandoned) or it
    /// logged no iteration.
    ///
    /// The residual of each channel is the form the criteria judged (`MonitoredResidualForm`).
    /// The iteration limit is the journal parameter `iterations` when numeric, else the
    /// iterations performed (exact for a run that hit its limit).
    public init?(
        record: RunRecord, iterations: [IterationSample], criteria: [ResidualCriterion]
    ) {
        let outcome: SurrogateOutcome
        switch record.status {
        case .converged: outcome = .converged
        case .notConverged: outcome = .notConverged
        case .stalled: outcome = .stalled
        case .diverged: outcome = .diverged
        case .abandoned, .interrupted, .failed, .running: return nil
        }
        guard !iterations.isEmpty else { return nil }
        let residuals = Self.channels(
            of: iterations, form: MonitoredResidualForm(settings: record.settings))
        let criterionByEquation = Dictionary(
            criteria.map { ($0.equation, $0.value) }, uniquingKeysWith: { a, _ in a })
        let solved = ResidualChannels.equations.enumerated().filter {
            !residuals[$0.offset].isEmpty
        }
        .map(\.element)
        let performed = iterations.last?.iteration ?? record.iterations
        let limit = Self.iterationLimit(of: record, performed: performed)
        self.init(
            runID: record.id, family: record.caseName,
            features: CaseFeatures(
                settings: record.settings, criteria: criterionByEquation, equations: solved),
            residuals: residuals,
            criteria: ResidualChannels.equations.map { criterionByEquation[$0] },
            outcome: outcome,
            convergedAt: outcome == .converged ? (record.convergedAt ?? performed) : nil,
            iterationLimit: max(limit, performed),
            identity: "\(record.caseHash) \(record.parameterSummary)")
    }

    /// (channels, iterations) residuals of `iterations` in `form`, `ResidualChannels` order;
    /// an equation never logged gives an empty row, one missing at an iteration NaN.
    public static func channels(of iterations: [IterationSample], form: MonitoredResidualForm)
        -> [[Double]]
    {
        ResidualChannels.equations.map { equation in
            guard iterations.contains(where: { $0.residuals.contains { $0.equation == equation } })
            else { return [] }
            return iterations.map { sample in
                guard let residual = sample.residuals.first(where: { $0.equation == equation })
                else { return .nan }
                switch form {
                case .unscaled: return residual.unscaled
                case .scaled: return residual.scaled
                case .normalised: return residual.normalised
                }
            }
        }
    }

    /// Every run of `database` the surrogate can learn from, ordered by identity (then id):
    /// the same runs logged in another order, as parallel workers do, load in the same order,
    /// so training on a rebuilt history repeats bit for bit.
    public static func load(from database: HistoryDatabase) throws -> [RunSeries] {
        try database.runs().compactMap { record in
            guard record.status.isCompleted, record.status != .abandoned else { return nil }
            return RunSeries(
                record: record, iterations: try database.iterations(runID: record.id),
                criteria: try database.criteria(runID: record.id))
        }
        .sorted {
            $0.identity == $1.identity
                ? $0.runID < $1.runID
                : Array($0.identity.utf8).lexicographicallyPrecedes($1.identity.utf8)
        }
    }
}
