/// `history show RUN`: one run's settings and summary, with its final residuals and reports.
public enum RunReport {
    /// The report text for run `id` of `database`.
    public static func text(_ database: HistoryDatabase, runID id: Int64) throws -> String {
        let run = try database.run(id: id)
        let criteria = try database.criteria(runID: id)
        let last = try database.iterations(runID: id).last
        let changes = try database.settingChanges(runID: id)
        var lines: [String] = []
        let outcome =
            run.convergedAt.map { "\(run.status.rawValue) at iteration \($0)" }
            ?? run.status.rawValue
        let limit = run.iterationLimit.map { " of \($0)" } ?? ""
        lines.append(
            "run \(run.id)  \(run.caseName)  \(outcome)  (\(run.iterations)\(limit) iterations)")
        let field = { (name: String, value: String) in
            lines.append("  " + name.padding(toLength: 12) + "  " + value)
        }
        field("case hash", run.caseHash)
        field("parameters", run.parameters.isEmpty ? "-" : run.parameterSummary)
        for (path, value) in run.settings.sorted(by: { $0.key < $1.key }) {
            field("setting", "\(path) \(value)")
        }
        for change in changes {
            field(
                "changed",
                "\(change.path) from iteration \(change.iteration): "
                    + "\(Self.shown(change.oldValue)) -> \(Self.shown(change.newValue))")
        }
        field(
            "criteria",
            criteria.isEmpty
                ? "-"
                : criteria.map { "\($0.equation) \(HistoryFormat.criterion($0.value))" }
                    .joined(separator: ", "))
        field(
            "started",
            "\(HistoryFormat.time(run.startTime)) on \(run.host) (pid \(run.pid)),"
                + " Courant \(run.courantVersion)")
        if let end = run.endTime {
            field(
                "ended",
                HistoryFormat.time(end) + ", wall time "
                    + HistoryFormat.duration(run.wallSeconds ?? end - run.startTime))
        }
        var text = lines.joined(separator: "\n") + "\n"
        if let last {
            text += "  residuals at iteration \(last.iteration)\n"
            text += indent(
                HistoryFormat.table(
                    header: ["equation", "unscaled", "scaled", "normalised"],
                    rows: last.residuals.map {
                        [
                            $0.equation, HistoryFormat.residual($0.unscaled),
                            HistoryFormat.residual($0.scaled),
                            HistoryFormat.residual($0.normalised),
                        ]
                    }))
            if !last.reports.isEmpty {
                text += "  reports at iteration \(last.iteration)\n"
                text += indent(
                    HistoryFormat.table(
                        header: ["report", "value"],
                        rows: last.reports.map { [$0.name, "\($0.value)"] }))
            }
        }
        return text
    }

    private static func shown(_ value: String) -> String {
        value.isEmpty ? "(none)" : value
    }

    private static func indent(_ block: String) -> String {
        block.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string padded with spaces to at least `length` characters.
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
