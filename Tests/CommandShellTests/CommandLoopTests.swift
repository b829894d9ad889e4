import CommandShell
import Foundation
import Testing

/// The REPL loop driven by injected lines, the batch runner, transcripts and history.
struct CommandLoopTests {
    @Test func loopRunsLinesShowsTheMenuInThePromptAndQuitsAtEndOfInput() {
        let sample = SampleCase()
        let input = ScriptedLines([
            .line("so mo re"), .line("co 1e-4 1e-4 1e-4"), .interrupted, .line("xyz"),
            .line("/solve/iterate 2"), .line(""),
        ])
        let output = CapturedOutput()
        // The REPL's options: an error returns to the prompt.
        let session = ShellSession(
            root: sample.root, output: output, input: input, interrupt: InterruptFlag(),
            options: BatchOptions(exitOnError: false))
        #expect(CommandLoop.run(session) == .endOfInput)
        #expect(
            input.prompts == [
                "> ", "/solve/monitors/residual> ", "/solve/monitors/residual> ",
                "/solve/monitors/residual> ", "/solve/monitors/residual> ",
                "/solve/monitors/residual> ", "/solve/monitors/residual> ",
            ])
        #expect(sample.criteria["continuity"] == 1e-4)
        #expect(sample.iterationsRun == 2)
        #expect(
            output.lines.first == "/solve/monitors/residual/: no item 'xyz'; items are "
                + "convergence-criteria, criterion-type, n-maximize-norms, normalize?, plot?, "
                + "print?, monitored-equations")
        #expect(input.remembered == ["so mo re", "co 1e-4 1e-4 1e-4", "xyz", "/solve/iterate 2"])
    }

    @Test func loopStopsWhenACommandAsksToExit() {
        let root = MenuNode.root()
        root.addCommand(CommandNode("exit", help: "Leave") { $0.session.requestExit() })
        let input = ScriptedLines(lines: ["exit", "never read"])
        let session = ShellSession(
            root: root, output: CapturedOutput(), input: input, interrupt: InterruptFlag())
        #expect(CommandLoop.run(session) == .exitRequested)
        #expect(input.prompts.count == 1)
    }

    @Test func exitOnErrorStopsAtTheFirstFailure() {
        let sample = SampleCase()
        let session = sample.session(lines: [.line("/solve/iterate x"), .line("/solve/iterate 1")])
        session.options.exitOnError = true
        #expect(
            CommandLoop.run(session)
                == .stoppedOnError(ShellError("'x' is not an integer", path: "/solve/iterate")))
        #expect(sample.iterationsRun == 0)
    }

    @Test func interruptRaisedByACommandStopsTheJournalAfterIt() {
        let flag = InterruptFlag()
        var runs = 0
        let root = MenuNode.root()
        root.addCommand(
            CommandNode("iterate", help: "Iterate until interrupted") { call in
                runs += 1
                call.session.interrupt.raise()
                if call.session.isInterrupted { call.session.write("Calculation interrupted\n") }
            })
        let output = CapturedOutput()
        let session = ShellSession(
            root: root, output: output, input: ScriptedLines([]), interrupt: flag)
        do {
            try Journal(text: "iterate\niterate", file: "x.jou").run(in: session)
            Issue.record("expected the journal to stop")
        } catch {
            #expect("\(error)" == "x.jou:1: journal interrupted")
        }
        #expect(runs == 1)
        #expect(output.lines == ["Calculation interrupted"])
    }

    @Test func batchRunnerEchoesCommandsAndPrintsTheStoppingError() throws {
        let directory = FileManager.default.temporaryDirectory.appending(
            path: "courant-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "run.jou").path
        try "(parameter n 2)\n/solve/iterate {n}\n/solve/iterate -1\n/solve/iterate 7\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(output: output, isInteractive: false)
        session.options.echoCommands = true
        let error = BatchRunner.runJournal(at: path, in: session, overrides: ["n": "4"])
        #expect(error?.location == SourceLocation(file: path, line: 3))
        #expect(
            output.lines == [
                "> /solve/iterate {n}", "> /solve/iterate -1",
                "\(path):3: /solve/iterate: -1 is out of range [1, 1000000]",
            ])
        #expect(sample.iterationsRun == 4)
        #expect(
            BatchRunner.runJournal(at: directory.appending(path: "none.jou").path, in: session)
                != nil)
    }

    @Test func transcriptKeepsOutputAndTypedLines() throws {
        let path = FileManager.default.temporaryDirectory.appending(
            path: "courant-transcript-\(UUID().uuidString).trn"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let console = CapturedOutput()
        let transcript = try Transcript(path: path, console: console)
        let sample = SampleCase()
        let session = ShellSession(
            root: sample.root, output: transcript,
            input: ScriptedLines(lines: ["so mo re", "mon", "xyz", "/solve/iterate", "3"]),
            interrupt: InterruptFlag(), options: BatchOptions(exitOnError: false))
        _ = CommandLoop.run(session)
        transcript.close()
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            saved == """
                > so mo re
                /solve/monitors/residual> mon
                monitored-equations = "continuity x-velocity y-velocity"
                /solve/monitors/residual> xyz
                /solve/monitors/residual/: no item 'xyz'; items are convergence-criteria, \
                criterion-type, n-maximize-norms, normalize?, plot?, print?, monitored-equations
                /solve/monitors/residual> /solve/iterate
                number of iterations [10] 3


                """)
        #expect(console.text.hasPrefix("monitored-equations = "))
        #expect(sample.iterationsRun == 3)
    }

    /// A transcript or a recorded journal on a full disk (`/dev/full` answers every write with
    /// ENOSPC) stops with one line; the session and the command go on. Foundation's
    /// `FileHandle.write(_:)` used to trap on the failed write and end the program.
    @Test func aTranscriptOrJournalOnAFullDiskStopsWithOneLine() throws {
        let console = CapturedOutput()
        let transcript = try Transcript(path: "/dev/full", console: console)
        transcript.write("first\n")
        transcript.write("second\n")
        try #require(console.lines.count == 3, "\(console.lines)")
        #expect(console.lines[0] == "first" && console.lines[2] == "second")
        #expect(
            console.lines[1].hasPrefix("Error: transcript /dev/full cannot be written (")
                && console.lines[1].hasSuffix("); the transcript is stopped"))

        let sample = SampleCase()
        let session = ShellSession(
            root: sample.root, output: CapturedOutput(), input: ScriptedLines([]),
            isInteractive: false, interrupt: InterruptFlag())
        session.recorder = try JournalRecorder(writingTo: "/dev/full")
        #expect(throws: ShellError.self) { try session.execute("/solve/iterate 2") }
        #expect(sample.iterationsRun == 2, "the command ran")
        do {
            try session.execute("/solve/iterate 1")
        } catch {
            Issue.record("recording stopped after the first failure, got \(error)")
        }
        #expect(session.recorder?.lines == ["/solve/iterate 2", "/solve/iterate 1"])
    }

    @Test func readlineHistoryFileIsAppendedAndCapped() throws {
        let path = FileManager.default.temporaryDirectory.appending(
            path: "courant-history-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let editor = ReadlineEditor(historyPath: path, historyLimit: 3)
        for line in ["so mo re", "co 1e-4", "co 1e-4", "/solve/iterate 10", "q", "help"] {
            editor.remember(line)
        }
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved == "/solve/iterate 10\nq\nhelp\n")
    }
}
