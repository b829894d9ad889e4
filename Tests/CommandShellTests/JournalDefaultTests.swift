import CommandShell
import Testing

/// An argument that takes its default in a journal (`defaultInJournal`), as Fluent's bare
/// `/solve/iterate` runs the count `number-of-iterations` set: a journal line without the answer
/// runs with the default, a person is still asked, and the recorder writes the value used.
@Suite struct JournalDefaultTests {
    /// A root with `/solve/iterate [count]` whose default is `count` at the time of asking.
    final class Counter {
        var count = 7
        var runs: [Int] = []

        var root: MenuNode {
            let root = MenuNode.root()
            let solve = root.addMenu("solve", help: "Solve")
            solve.addCommand(
                CommandNode(
                    "iterate", help: "Run iterations",
                    arguments: [
                        CommandArgument(
                            "number-of-iterations", help: "Iterations to run",
                            type: .integer(range: 1...1_000), default: .integer(self.count),
                            defaultInJournal: true)
                    ]
                ) { [self] call in runs.append(try call.integer("number-of-iterations")) })
            return root
        }
    }

    @Test func aJournalLineWithoutTheAnswerTakesTheDefaultAndIsRecordedWithIt() throws {
        let counter = Counter()
        let session = ShellSession(
            root: counter.root, output: CapturedOutput(), input: ScriptedLines([]),
            isInteractive: false, interrupt: InterruptFlag())
        let recorder = try JournalRecorder()
        session.recorder = recorder
        try Journal(text: "/solve/iterate\n/solve/iterate 3\n", file: "j.jou").run(in: session)
        counter.count = 4
        // The answer may still come on the next line, as Fluent reads journals.
        try Journal(text: "/solve/iterate\n2\n/solve/iterate\n", file: "j.jou").run(in: session)
        #expect(counter.runs == [7, 3, 2, 4])
        #expect(
            recorder.lines == [
                "/solve/iterate 7", "/solve/iterate 3", "/solve/iterate 2", "/solve/iterate 4",
            ])
    }

    @Test func aPersonIsStillAskedWithTheDefaultOffered() throws {
        let counter = Counter()
        let input = ScriptedLines(lines: ["", "5"])
        let session = ShellSession(
            root: counter.root, output: CapturedOutput(), input: input, interrupt: InterruptFlag())
        try session.execute("/solve/iterate")
        try session.execute("/solve/iterate")
        #expect(input.prompts == ["number of iterations [7] ", "number of iterations [7] "])
        #expect(counter.runs == [7, 5])
    }
}
