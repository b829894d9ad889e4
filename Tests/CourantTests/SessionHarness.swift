import CommandShell
import Courant
import Foundation

/// A Courant session driven by journal text, capturing its console, for tests.
final class SessionHarness {
    let console = CapturedOutput()
    let session: CourantSession
    let shell: ShellSession

    init() {
        let console = self.console
        session = CourantSession(write: { console.write($0) })
        shell = ShellSession(
            root: session.root, output: console, input: ScriptedLines([]), isInteractive: false,
            interrupt: InterruptFlag(), options: CommandShell.BatchOptions(confirmOverwrite: false))
    }

    /// Runs `text` as a journal called `file`.
    func run(_ text: String, file: String = "test.jou", overrides: [String: String] = [:]) throws {
        try Journal(text: text, file: file).run(in: shell, overrides: overrides)
    }

    /// A small cavity: `cells`² cells, Re = 100, SIMPLEC, the given criteria.
    static func cavity(cells: Int, criterion: String = "1e-4") -> String {
        """
        /mesh/cells-x \(cells)
        /mesh/cells-y \(cells)
        /mesh/patch-names left right bottom lid
        /define/materials/density 1
        /define/materials/viscosity 0.01
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /solve/set/p-v-coupling SIMPLEC
        /solve/set/under-relaxation/pressure 1
        /solve/set/under-relaxation/mom 0.9
        /solve/monitors/residual/convergence-criteria \(criterion) \(criterion) \(criterion)
        """
    }

    static func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "courant-\(UUID().uuidString)-\(name)"
    }

    /// Deletes a history database and the WAL and shared-memory files SQLite keeps beside it.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
