import Foundation
import Monitoring

/// The JSON summary `courant run --summary FILE.json` writes:
/// `{"status", "iterations", "residuals": {equation: final scaled residual},
///   "reports": {name: final value}, "wall_seconds", "case", "history_run_id"}`.
/// Non-finite numbers (a diverged run) are written as `null`, since JSON has no NaN.
public struct RunSummary: Sendable, Equatable {
    public var status: String
    public var iterations: Int
    public var residuals: [(String, Double)]
    public var reports: [(String, Double)]
    public var wallSeconds: Double
    public var caseName: String
    public var historyRunID: Int64?

    public static func == (a: RunSummary, b: RunSummary) -> Bool {
        a.json == b.json
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

    /// Pretty-printed JSON with keys in a fixed order.
    public var json: String {
        func number(_ value: Double) -> String {
            value.isFinite ? String(format: "%.17g", value) : "null"
        }
        func object(_ pairs: [(String, Double)]) -> String {
            pairs.isEmpty ? "{}" : "{\n"
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
