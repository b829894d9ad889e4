import Foundation

extension HistoryDatabase {
    private static let runColumns = """
        id, case_name, case_hash, parameters, settings, courant_version, host, pid,
        start_time, end_time, status, iterations, converged_at, wall_seconds, iteration_limit
        """

    /// Runs matching `filter`, oldest first.
    public func runs(matching filter: RunFilter = RunFilter()) throws -> [RunRecord] {
        var conditions: [String] = []
        var texts: [String] = []
        if let caseName = filter.caseName {
            conditions.append("case_name = ?")
            texts.append(caseName)
        }
        if let status = filter.status {
            conditions.append("status = ?")
            texts.append(status.rawValue)
        }
        for (name, value) in filter.parameters.sorted(by: { $0.key < $1.key }) {
            conditions.append(
                "EXISTS (SELECT 1 FROM run_parameter p WHERE p.run_id = run.id"
                    + " AND p.name = ? AND p.value = ?)")
            texts.append(contentsOf: [name, value])
        }
        let whereClause =
            conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let select = try connection.prepare(
            "SELECT \(Self.runColumns) FROM run\(whereClause) ORDER BY start_time, id")
        for (offset, text) in texts.enumerated() { try select.bind(text, at: Int32(offset + 1)) }
        var records: [RunRecord] = []
        while try select.step() { records.append(try record(from: select)) }
        return records
    }

    /// The run with id `id`, or `HistoryError.noSuchRun`.
    public func run(id: Int64) throws -> RunRecord {
        let select = try connection.prepare("SELECT \(Self.runColumns) FROM run WHERE id = ?")
        try select.bind(id, at: 1)
        guard try select.step() else { throw HistoryError.noSuchRun(path: path, id: id) }
        return try record(from: select)
    }

    /// The canonical journal text of run `id`.
    public func journal(runID id: Int64) throws -> String {
        let select = try connection.prepare("SELECT journal FROM run WHERE id = ?")
        try select.bind(id, at: 1)
        guard try select.step() else { throw HistoryError.noSuchRun(path: path, id: id) }
        return select.text(at: 0) ?? ""
    }

    /// The most recent completed run (see `RunStatus.isCompleted`) of this case with exactly
    /// these parameters, if any: what a resumed sweep skips.
    public func completedRun(caseHash: String, parameters: [String: String]) throws -> RunRecord? {
        let select = try connection.prepare(
            """
            SELECT \(Self.runColumns) FROM run WHERE case_hash = ? AND parameters = ?
            ORDER BY start_time DESC, id DESC
            """)
        try select.bind(caseHash, at: 1)
        try select.bind(CaseIdentity.canonicalJSON(parameters), at: 2)
        while try select.step() {
            let candidate = try record(from: select)
            if candidate.status.isCompleted { return candidate }
        }
        return nil
    }

    /// The run of this case with exactly these parameters that a live process on this host is
    /// computing now (status `running`, its pid alive), if any: what a resumed sweep must not
    /// start again. A `running` row of another host cannot be checked and is not returned.
    public func liveRun(caseHash: String, parameters: [String: String]) throws -> RunRecord? {
        let select = try connection.prepare(
            """
            SELECT \(Self.runColumns) FROM run
            WHERE case_hash = ? AND parameters = ? AND status = ? AND host = ?
            ORDER BY start_time DESC, id DESC
            """)
        try select.bind(caseHash, at: 1)
        try select.bind(CaseIdentity.canonicalJSON(parameters), at: 2)
        try select.bind(RunStatus.running.rawValue, at: 3)
        try select.bind(ProcessIdentity.hostName, at: 4)
        while try select.step() {
            let candidate = try record(from: select)
            if ProcessIdentity.isAlive(pid: candidate.pid) { return candidate }
        }
        return nil
    }

    /// Every committed iteration of run `id`, in iteration order; residuals in Fluent's equation
    /// order (`EquationOrder`), reports by name.
    public func iterations(runID id: Int64) throws -> [IterationSample] {
        _ = try run(id: id)
        var byIteration: [Int: IterationSample] = [:]
        let residuals = try connection.prepare(
            """
            SELECT iteration, equation, unscaled, scaled, normalised FROM residual
            WHERE run_id = ? ORDER BY iteration
            """)
        try residuals.bind(id, at: 1)
        while try residuals.step() {
            let iteration = Int(residuals.int64(at: 0))
            let sample = ResidualSample(
                equation: residuals.text(at: 1) ?? "", unscaled: residuals.double(at: 2),
                scaled: residuals.double(at: 3), normalised: residuals.double(at: 4))
            byIteration[iteration, default: IterationSample(iteration: iteration, residuals: [])]
                .residuals.append(sample)
        }
        let reports = try connection.prepare(
            """
            SELECT iteration, report, value FROM report WHERE run_id = ?
            ORDER BY iteration, report
            """
        )
        try reports.bind(id, at: 1)
        while try reports.step() {
            let iteration = Int(reports.int64(at: 0))
            let sample = ReportSample(name: reports.text(at: 1) ?? "", value: reports.double(at: 2))
            byIteration[iteration, default: IterationSample(iteration: iteration, residuals: [])]
                .reports.append(sample)
        }
        return byIteration.keys.sorted().compactMap { byIteration[$0] }.map { sample in
            var sample = sample
            sample.residuals.sort { EquationOrder.precedes($0.equation, $1.equation) }
            return sample
        }
    }

    /// The settings changed between `iterate` calls of run `id`, by iteration then path.
    public func settingChanges(runID id: Int64) throws -> [SettingChange] {
        let select = try connection.prepare(
            """
            SELECT iteration, path, old_value, new_value FROM setting_change WHERE run_id = ?
            ORDER BY iteration, path
            """)
        try select.bind(id, at: 1)
        var changes: [SettingChange] = []
        while try select.step() {
            changes.append(
                SettingChange(
                    iteration: Int(select.int64(at: 0)), path: select.text(at: 1) ?? "",
                    oldValue: select.text(at: 2) ?? "", newValue: select.text(at: 3) ?? ""))
        }
        return changes
    }

    /// The residual criteria stored with run `id`, in equation order.
    public func criteria(runID id: Int64) throws -> [ResidualCriterion] {
        let select = try connection.prepare(
            "SELECT equation, value FROM criterion WHERE run_id = ?")
        try select.bind(id, at: 1)
        var criteria: [ResidualCriterion] = []
        while try select.step() {
            criteria.append(
                ResidualCriterion(equation: select.text(at: 0) ?? "", value: select.double(at: 1)))
        }
        return criteria.sorted { EquationOrder.precedes($0.equation, $1.equation) }
    }

    private func record(from row: SQLiteStatement) throws -> RunRecord {
        let statusText = row.text(at: 10) ?? ""
        guard let status = RunStatus(rawValue: statusText) else {
            throw HistoryError.corruptRow(path: path, detail: "unknown status '\(statusText)'")
        }
        return RunRecord(
            id: row.int64(at: 0), caseName: row.text(at: 1) ?? "", caseHash: row.text(at: 2) ?? "",
            parameters: try decodeMap(row.text(at: 3)), settings: try decodeMap(row.text(at: 4)),
            courantVersion: row.text(at: 5) ?? "", host: row.text(at: 6) ?? "",
            pid: Int(row.int64(at: 7)), startTime: row.double(at: 8),
            endTime: row.optionalDouble(at: 9), status: status, iterations: Int(row.int64(at: 11)),
            convergedAt: row.optionalInt(at: 12), wallSeconds: row.optionalDouble(at: 13),
            iterationLimit: row.optionalInt(at: 14))
    }

    private func decodeMap(_ text: String?) throws -> [String: String] {
        do {
            return try JSONDecoder().decode([String: String].self, from: Data((text ?? "{}").utf8))
        } catch {
            throw HistoryError.corruptRow(path: path, detail: "parameters are not a JSON object")
        }
    }
}
