import FlowSolver
import Foundation

/// Fluent's console residual table, printed as the solver iterates:
///
///     iter  continuity  x-velocity  y-velocity    lid-force     time/iter
///        1  1.0000e+00  4.3712e-03  2.8373e-03  1.2340e-01  0.0102s   99
///
/// `%6d` iteration, one 12-character `%.4e` column per monitored equation in the displayed
/// residual form, then one per console report (name cut to 10 characters as Fluent does), then the
/// wall time of the iteration in seconds and the iterations left in this `iterate` call. The header
/// repeats every `headerInterval` rows.
public final class ResidualTable: IterationObserver {
    /// Which equations get a column (`monitor?`) and the residual form displayed.
    public let monitors: ResidualMonitorSettings
    /// Report definitions printed as columns, in order.
    public let reportColumns: [String]
    /// Rows printed between repetitions of the header (default 20).
    public let headerInterval: Int
    private let write: (String) -> Void
    private var rowsSinceHeader = 0

    /// A table of the monitored equations and `reportColumns`, sending each line (without its
    /// newline) to `write`.
    public init(
        monitors: ResidualMonitorSettings, reportColumns: [String] = [], headerInterval: Int = 20,
        write: @escaping (String) -> Void
    ) {
        self.monitors = monitors
        self.reportColumns = reportColumns
        self.headerInterval = headerInterval
        self.write = write
    }

    /// The header line: `  iter` then each column title right-aligned in 12 characters.
    public var header: String {
        var line = "  iter"
        for monitor in monitors.monitors where monitor.isMonitored {
            line += Self.column(monitor.equation)
        }
        for report in reportColumns { line += Self.column(String(report.prefix(10))) }
        return line + "     time/iter"
    }

    /// One table row for `record`.
    public func row(for record: IterationRecord, iterationsLeft: Int) -> String {
        var line = String(format: "%6d", record.iteration)
        for monitor in monitors.monitors where monitor.isMonitored {
            let residual = record.residuals.first { $0.equation == monitor.equation }
            line += Self.column(residual.map { formatResidual(monitors.form.value(of: $0)) } ?? "")
        }
        for report in reportColumns {
            let value = record.reports.first { $0.name == report }?.value
            line += Self.column(value.map(formatResidual) ?? "")
        }
        return line + String(format: "  %8.4fs %5d", record.wallSeconds, iterationsLeft)
    }

    /// Prints the header at the start of every `iterate` call.
    public func runWillStart(equations: [String], reports: [String], iterationLimit: Int) {
        write(header)
        rowsSinceHeader = 0
    }

    /// Prints the iteration's row, repeating the header first every `headerInterval` rows.
    public func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int) {
        if rowsSinceHeader == headerInterval {
            write(header)
            rowsSinceHeader = 0
        }
        write(row(for: record, iterationsLeft: iterationsLeft))
        rowsSinceHeader += 1
    }

    /// Does nothing: the controller prints the outcome's message.
    public func runDidFinish(_ outcome: RunOutcome) {}

    private static func column(_ text: String) -> String {
        String(repeating: " ", count: max(12 - text.count, 1)) + text
    }
}
