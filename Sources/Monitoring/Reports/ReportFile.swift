import FlowSolver
import Foundation

/// A report file (`/solve/report-files/NAME`): CSV with a header `iteration,REPORT1,REPORT2,...`
/// and one row per iteration, each value printed with 17 significant digits (`%.17g`) so the file
/// holds exactly what the console rounds. Each row is flushed as it is written, so a killed run
/// keeps every completed iteration.
public final class ReportFile: IterationObserver {
    /// The report definitions written, in column order.
    public let reports: [String]
    /// The CSV file's path, as given (relative to the working directory).
    public let path: String
    private let handle: FileHandle
    private let warn: (String) -> Void
    private var hasWarned = false

    /// Creates (or truncates) the file at `path` and writes the header; `warn` receives one
    /// console line the first time a row cannot be written (a full disk, say).
    public init(path: String, reports: [String], warn: @escaping (String) -> Void) throws {
        self.path = path
        self.reports = reports
        self.warn = warn
        // Opened in place: `FileManager.createFile` renames a new file over the path, which run
        // as root replaces a device such as /dev/null with a regular file.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ReportFileError(
                path: path, reason: "cannot create the file: " + String(cString: strerror(errno)))
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try write((["iteration"] + reports).joined(separator: ",") + "\n")
    }

    deinit { try? handle.close() }

    /// Does nothing: the header was written when the file was created.
    public func runWillStart(equations: [String], reports: [String], iterationLimit: Int) {}

    /// Appends the iteration's row; a report missing from the record leaves its field empty. A
    /// failed write is reported once through `warn` and the run goes on.
    public func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int) {
        var fields = [String(record.iteration)]
        for name in reports {
            let value = record.reports.first { $0.name == name }?.value
            fields.append(value.map { String(format: "%.17g", $0) } ?? "")
        }
        do {
            try write(fields.joined(separator: ",") + "\n")
        } catch {
            guard !hasWarned else { return }
            hasWarned = true
            warn(
                "Warning: report file \(path): iteration \(record.iteration) not written: \(error)")
        }
    }

    /// Does nothing: every row is already written, and the file stays open for the next call.
    public func runDidFinish(_ outcome: RunOutcome) {}

    private func write(_ text: String) throws {
        try handle.write(contentsOf: Data(text.utf8))
    }
}

/// A report file that cannot be written.
public struct ReportFileError: Error, CustomStringConvertible {
    /// The report file's path.
    public var path: String
    /// Why it cannot be written, e.g. `cannot create the file`.
    public var reason: String
    /// `PATH: REASON`, the one-line message shown to the user.
    public var description: String { "\(path): \(reason)" }
}
