import Courant
import Foundation
import RunHistory
import Testing

extension SmallSweepTests {
    /// `courant batch` driven as a subprocess: what a sweep leaves in the history, and sweep files
    /// that must be refused before any run starts.
    @Suite struct BatchSweepTests {
        @Test func sweepWithTwoJobsLogsEveryIterationOfEveryRun() throws {
            let sweep = try SmallSweep.shared
            #expect(sweep.status == 0, "batch stderr: \(sweep.progress)")
            let database = try HistoryDatabase(path: sweep.historyPath)
            let runs = try database.runs()
            #expect(runs.count == SmallSweep.runCount)
            #expect(Set(runs.map(\.parameterSummary)) == Set(SmallSweep.runParameters))
            for run in runs {
                #expect(run.status == .notConverged)
                #expect(run.iterations == SmallSweep.iterationsPerRun)
                let samples = try database.iterations(runID: run.id)
                #expect(samples.map(\.iteration) == Array(1...SmallSweep.iterationsPerRun))
                #expect(
                    samples.allSatisfy {
                        $0.residuals.map(\.equation) == ["continuity", "x-velocity", "y-velocity"]
                    })
            }
            #expect(try database.integrityCheck() == "ok")
        }

        @Test func everyRunSummaryAgreesWithItsRunInTheHistory() throws {
            let sweep = try SmallSweep.shared
            let runs = try HistoryDatabase(path: sweep.historyPath).runs()
            for (index, parameters) in SmallSweep.runParameters.enumerated() {
                let summary = try #require(
                    RunSummary.read(from: "\(sweep.runsPath)/run-\(index).json"))
                let run = try #require(runs.first { $0.parameterSummary == parameters })
                #expect(summary.status == run.status.rawValue)
                #expect(summary.iterations == run.iterations)
                #expect(summary.caseName == run.caseName)
                #expect(summary.historyRunID == run.id)
            }
        }

        @Test func finalTableHasOneLinePerRunInSweepOrder() throws {
            let sweep = try SmallSweep.shared
            let lines = sweep.table.split(separator: "\n").map(String.init)
            #expect(lines.count == 1 + SmallSweep.runCount)
            let expected = [
                "cells=9 Re=100", "cells=9 Re=400", "cells=13 Re=100", "cells=13 Re=400",
            ]
            for (index, parameters) in expected.enumerated() {
                let line = lines[index + 1]
                #expect(line.hasPrefix("\(index) "))
                #expect(line.contains(parameters + " iterations=25"))
                #expect(line.contains("not-converged"))
            }
        }

        @Test func runThatFailsMakesTheBatchExitTwoAndNamesItsLog() throws {
            let folder = try ScratchFolder("failed-run")
            defer { folder.remove() }
            let sweep = try folder.write(
                "journal \(Self.cavityJournal)\nparameter cells 9 0\nparameter iterations 5\n",
                to: "failing.sweep")
            let batch = try CourantInvocation.run(
                ["batch", sweep, "--jobs", "2", "--history", folder.file("history.db")],
                in: folder.path)
            #expect(batch.status == 2)
            let rows = batch.standardOutput.split(separator: "\n").dropFirst().map(String.init)
            #expect(rows.count == 2)
            #expect(rows.first?.contains("not-converged") == true)
            #expect(rows.last?.contains("failed (input error)") == true)
            // Without --output the logs go to ./NAME-runs for NAME.sweep.
            #expect(
                batch.errorLines.last
                    == "1 of 2 runs did not complete; see failing-runs/run-1.log;"
                    + " run the batch again to redo them")
            let log = try String(
                contentsOfFile: folder.file("failing-runs/run-1.log"), encoding: .utf8)
            #expect(log.contains("/mesh/cells-x: '0' is not a positive integer"))
        }

        /// A sweep file error, the line it must name, and the start of the message.
        struct SweepMistake: Sendable, CustomTestStringConvertible {
            var label: String
            var text: String
            var line: Int
            var message: String
            var testDescription: String { label }
        }

        static let mistakes = [
            SweepMistake(
                label: "unknown parameter",
                text:
                    "journal \(cavityJournal)\nparameter Re 100 400\nparameter viscosity 0.1 0.2\n",
                line: 3,
                message: "unknown parameter 'viscosity': '\(cavityJournal)' declares Re, cells,"
                    + " iterations"),
            SweepMistake(
                label: "empty range",
                text: "journal \(cavityJournal)\n# Re backwards\nparameter Re 400:100:100\n",
                line: 3, message: "range '400:100:100' is empty: start is greater than stop"),
            SweepMistake(
                label: "missing journal",
                text: "parameter Re 100\njournal no-such-case.jou\n", line: 2,
                message: "journal 'no-such-case.jou': no such file"),
        ]

        static let cavityJournal = CourantBinary.packageRoot + "/cases/lid-driven-cavity.jou"

        @Test(arguments: mistakes)
        func sweepFileMistakeFailsWithFileAndLineBeforeAnyRun(_ mistake: SweepMistake) throws {
            let folder = try ScratchFolder("sweep-mistake")
            defer { folder.remove() }
            let sweep = try folder.write(mistake.text, to: "mistake.sweep")
            let batch = try CourantInvocation.run(
                [
                    "batch", sweep, "--history", folder.file("history.db"), "--output",
                    folder.file("runs"),
                ],
                in: folder.path)
            #expect(batch.status == 1)
            #expect(batch.errorLines.count == 1)
            #expect(batch.errorLines.first?.hasPrefix("Error: \(sweep):\(mistake.line): ") == true)
            #expect(
                batch.errorLines.first?.contains(mistake.message) == true, "\(batch.errorLines)")
            #expect(batch.standardOutput.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder.file("history.db")))
            #expect(!FileManager.default.fileExists(atPath: folder.file("runs")))
        }
    }
}
