import CommandShell
import Courant
import Foundation

/// Replays a journal from `cases/` in-process, as `courant run` does, in a scratch directory so
/// its output files do not land in the checkout.
struct CaseReplay {
    let session: CourantSession
    let console = CapturedOutput()
    let directory: String

    /// The repository's `cases/` folder, found from this file's path.
    static let casesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("cases").path

    init(_ journal: String, overrides: [String: String] = [:]) throws {
        let console = self.console
        session = CourantSession(write: { console.write($0) })
        session.isQuiet = true
        directory = NSTemporaryDirectory() + "courant-case-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        let shell = ShellSession(
            root: session.root, output: console, input: ScriptedLines([]), isInteractive: false,
            interrupt: InterruptFlag(), options: CommandShell.BatchOptions(confirmOverwrite: false))
        var values = overrides
        if journal == "heated-cavity.jou" { values["output"] = directory + "/profile" }
        try Journal(contentsOf: Self.casesDirectory + "/" + journal).run(
            in: shell, overrides: values)
    }

    /// The final value of a report definition.
    func report(_ name: String) -> Double? {
        session.lastOutcome?.lastRecord?.reports.first { $0.name == name }?.value
    }

    /// A column of a CSV file written by `/report/line-profile`.
    func profile(_ file: String, column: String) throws -> [Double] {
        let rows = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        guard let index = rows.first?.firstIndex(of: column) else { return [] }
        return rows.dropFirst().compactMap { Double($0[index]) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

#if DEBUG
    /// Whole-case validation runs take seconds in release and minutes in debug.
    let isOptimisedBuild = false
#else
    let isOptimisedBuild = true
#endif
