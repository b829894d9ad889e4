import Foundation

/// `history export RUN --format csv|json`: a run's full history, every value exact (doubles
/// printed in Swift's shortest round-trip form, so parsing them back gives the same bits).
public enum RunExport {
    /// The export formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Wide CSV: `iteration`, then `EQUATION.unscaled|scaled|normalised` per equation, then
        /// one column per report; empty cell where a value was not logged; `nan`, `inf`, `-inf`.
        case csv
        /// `{"run": {...}, "criteria": {...}, "settingChanges": [{"iteration", "path",
        /// "old", "new"}], "iterations": [{"iteration", "residuals":
        /// {EQUATION: {"unscaled", "scaled", "normalised"}}, "reports": {NAME: value}}]}`;
        /// non-finite numbers as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
        case json
    }

    /// Run `id` of `database` in `format`.
    public static func export(
        _ database: HistoryDatabase, runID id: Int64, format: Format
    ) throws -> String {
        let iterations = try database.iterations(runID: id)
        switch format {
        case .csv: return csv(iterations)
        case .json:
            return json(
                run: try database.run(id: id), criteria: try database.criteria(runID: id),
                changes: try database.settingChanges(runID: id), iterations: iterations)
        }
    }

    /// The wide CSV table of `iterations`.
    public static func csv(_ iterations: [IterationSample]) -> String {
        let equations = iterations.equations
        var reports: [String] = []
        for sample in iterations {
            for report in sample.reports where !reports.contains(report.name) {
                reports.append(report.name)
            }
        }
        let header =
            ["iteration"]
            + equations.flatMap { ["\($0).unscaled", "\($0).scaled", "\($0).normalised"] }
            + reports
        var lines = [header.map(csvField).joined(separator: ",")]
        for sample in iterations {
            var cells = [String(sample.iteration)]
            for equation in equations {
                if let residual = sample.residuals.first(where: { $0.equation == equation }) {
                    cells += [residual.unscaled, residual.scaled, residual.normalised].map(number)
                } else {
                    cells += ["", "", ""]
                }
            }
            for name in reports {
                cells.append(
                    sample.reports.first { $0.name == name }.map { number($0.value) } ?? "")
            }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON document for one run.
    public static func json(
        run: RunRecord, criteria: [ResidualCriterion], changes: [SettingChange] = [],
        iterations: [IterationSample]
    ) -> String {
        let string = CaseIdentity.jsonString
        let map = { (values: [String: String]) in
            "{"
                + values.sorted { $0.key < $1.key }.map { "\(string($0.key)): \(string($0.value))" }
                .joined(separator: ", ") + "}"
        }
        let optional = { (value: Double?) in value.map(jsonNumber) ?? "null" }
        let runFields = [
            "\"id\": \(run.id)", "\"case\": \(string(run.caseName))",
            "\"caseHash\": \(string(run.caseHash))", "\"status\": \(string(run.status.rawValue))",
            "\"iterations\": \(run.iterations)",
            "\"convergedAt\": \(run.convergedAt.map(String.init) ?? "null")",
            "\"wallSeconds\": \(optional(run.wallSeconds))",
            "\"startTime\": \(jsonNumber(run.startTime))", "\"endTime\": \(optional(run.endTime))",
            "\"courantVersion\": \(string(run.courantVersion))", "\"host\": \(string(run.host))",
            "\"pid\": \(run.pid)", "\"parameters\": \(map(run.parameters))",
            "\"settings\": \(map(run.settings))",
        ]
        let criteriaText = criteria.map { "\(string($0.equation)): \(jsonNumber($0.value))" }
            .joined(separator: ", ")
        let changesText = changes.map {
            "{\"iteration\": \($0.iteration), \"path\": \(string($0.path)), "
                + "\"old\": \(string($0.oldValue)), \"new\": \(string($0.newValue))}"
        }.joined(separator: ", ")
        let iterationLines = iterations.map { sample in
            let residuals = sample.residuals.map {
                "\(string($0.equation)): {\"unscaled\": \(jsonNumber($0.unscaled)), "
                    + "\"scaled\": \(jsonNumber($0.scaled)), "
                    + "\"normalised\": \(jsonNumber($0.normalised))}"
            }.joined(separator: ", ")
            let reports = sample.reports.map { "\(string($0.name)): \(jsonNumber($0.value))" }
                .joined(separator: ", ")
            return "    {\"iteration\": \(sample.iteration), \"residuals\": {\(residuals)}, "
                + "\"reports\": {\(reports)}}"
        }
        return """
            {
              "run": {\(runFields.joined(separator: ", "))},
              "criteria": {\(criteriaText)},
              "settingChanges": [\(changesText)],
              "iterations": [
            \(iterationLines.joined(separator: ",\n"))
              ]
            }

            """
    }

    private static func number(_ value: Double) -> String {
        value.isNaN ? "nan" : "\(value)"
    }

    private static func jsonNumber(_ value: Double) -> String {
        if value.isNaN { return "\"NaN\"" }
        if value.isInfinite { return value > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
        return "\(value)"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
