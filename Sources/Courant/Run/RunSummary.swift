import Foundation
import Monitoring

/// The JSON summary `courant run --summary FILE.json` writes:
/// `{"status", "iterations", "residuals": {equation: final scaled residual},
///   "reports": {name: final value}, "wall_seconds", "case", "history_run_id"}`.
/// Non-finite numbers (a diverged run) are written as `null`, since JSON has no NaN.
public struct RunSummary: Sendable, Equatable {
    /// `status`: the last `iterate` call's `RunStatus` raw value (`converged`, `not-converged`,
    /// ...), `failed` after an error, `no-iterations` for a journal that never iterates.
    public var status: String
    /// `iterations`: the last iteration count since flow initialisation (0 if none ran).
    public var iterations: Int
    /// `residuals`: (equation, final scaled residual, dimensionless); solver order when taken
    /// from a session, sorted by equation name when read back.
    public var residuals: [(String, Double)]
    /// `reports`: (report definition, final value in the report's SI units); definition order
    /// when taken from a session, sorted by name when read back.
    public var reports: [(String, Double)]
    /// `wall_seconds`: wall-clock seconds spent iterating since the flow was initialised.
    public var wallSeconds: Double
    /// `case`: the case name (`/file/case-name`; `courant run` starts from the journal's file
    /// name).
    public var caseName: String
    /// `history_run_id`: the run's id in the history database; nil when nothing was logged.
    public var historyRunID: Int64?

    /// Equal when the JSON texts are equal (tuples are not `Equatable`); so NaN equals NaN, both
    /// being written as `null`.
    public static func == (a: RunSummary, b: RunSummary) -> Bool {
        a.json == b.json
    }

    /// A summary from its parts.
    public init(
        status: String, iterations: Int, residuals: [(String, Double)] = [],
        reports: [(String, Double)] = [], wallSeconds: Double, caseName: String,
        historyRunID: Int64? = nil
    ) {
        self.status = status
        self.iterations = iterations
        self.residuals = residuals
        self.reports = reports
        self.wallSeconds = wallSeconds
        self.caseName = caseName
        self.historyRunID = historyRunID
    }

    /// The summary of `session` after its journal ended with `status`.
    init(session: CourantSession, status: String) {
        let record = session.lastOutcome?.lastRecord
        self.status = status
        iterations = record?.iteration ?? 0
        residuals = record?.residuals.map { ($0.equation, $0.scaled) } ?? []
        reports = record?.reports.map { ($0.name, $0.value) } ?? []
        wallSeconds = session.iterationSeconds
        caseName = session.settings.caseName
        historyRunID = session.historyRunID
    }

    /// Writes the JSON atomically, so a reader (a batch) never sees half a file.
    public func write(to path: String) throws {
        try json.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The summary at `path`, or nil if the file is missing or is not a summary (the run
    /// crashed before writing one). `null` numbers read back as NaN.
    public static func read(from path: String) -> RunSummary? {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let status = object["status"] as? String, let iterations = object["iterations"] as? Int,
            let caseName = object["case"] as? String
        else { return nil }
        func pairs(_ key: String) -> [(String, Double)] {
            guard let values = object[key] as? [String: Any] else { return [] }
            return values.keys.sorted().map { ($0, (values[$0] as? Double) ?? .nan) }
        }
        return RunSummary(
            status: status, iterations: iterations, residuals: pairs("residuals"),
            reports: pairs("reports"), wallSeconds: (object["wall_seconds"] as? Double) ?? .nan,
            caseName: caseName, historyRunID: (object["history_run_id"] as? Int).map(Int64.init))
    }

    /// Pretty-printed JSON with keys in a fixed order.
    public var json: String {
        func number(_ value: Double) -> String {
            value.isFinite ? String(format: "%.17g", value) : "null"
        }
        func object(_ pairs: [(String, Double)]) -> String {
            pairs.isEmpty
                ? "{}"
                : "{\n"
                    + pairs.map { "    \(quoted($0.0)): \(number($0.1))" }.joined(separator: ",\n")
                    + "\n  }"
        }
        let fields = [
            "  \"status\": \(quoted(status))",
            "  \"iterations\": \(iterations)",
            "  \"residuals\": \(object(residuals))",
            "  \"reports\": \(object(reports))",
            "  \"wall_seconds\": \(number(wallSeconds))",
            "  \"case\": \(quoted(caseName))",
            "  \"history_run_id\": \(historyRunID.map(String.init) ?? "null")",
        ]
        return "{\n" + fields.joined(separator: ",\n") + "\n}\n"
    }

    private func quoted(_ text: String) -> String {
        let escaped = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\t": return "\\t"
            default:
                return scalar.value < 0x20
                    ? String(format: "\\u%04x", scalar.value) : String(scalar)
            }
        }.joined()
        return "\"\(escaped)\""
    }
}
