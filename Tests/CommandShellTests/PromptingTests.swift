import CommandShell
import Testing

/// Fluent-style prompts for missing arguments: defaults in brackets, `,` and Enter keep them,
/// `?` gives help, Ctrl-C abandons with nothing applied.
struct PromptingTests {
    @Test func perKeySettingPromptsOncePerKeyWithTheCurrentValue() throws {
        let sample = SampleCase()
        let input = ScriptedLines(lines: ["1e-4", "", ","])
        let session = ShellSession(
            root: sample.root, output: CapturedOutput(), input: input, interrupt: InterruptFlag())
        try session.execute("so mo re co")
        #expect(
            input.prompts == [
                "continuity residual convergence criterion [0.001] ",
                "x-velocity residual convergence criterion [0.001] ",
                "y-velocity residual convergence criterion [0.001] ",
            ])
        #expect(sample.criteria == ["continuity": 1e-4, "x-velocity": 1e-3, "y-velocity": 1e-3])
    }

    @Test func valuesTypedOnTheCommandLineAreNotAskedFor() throws {
        let sample = SampleCase()
        let input = ScriptedLines(lines: ["5e-4"])
        let session = ShellSession(
            root: sample.root, output: CapturedOutput(), input: input, interrupt: InterruptFlag())
        try session.execute("so mo re co 1e-4 2e-4")
        #expect(input.prompts == ["y-velocity residual convergence criterion [0.001] "])
        #expect(sample.criteria["y-velocity"] == 5e-4)
    }

    @Test func onePromptLineMayAnswerSeveralQuestions() throws {
        let sample = SampleCase()
        let input = ScriptedLines(lines: ["wall-b 3"])
        let session = ShellSession(
            root: sample.root, output: CapturedOutput(), input: input, interrupt: InterruptFlag())
        try session.execute("/def/b-c/wall-velocity")
        #expect(input.prompts == ["zone "])
        #expect(sample.wallVelocities == ["wall-bottom": 3])
    }

    @Test func questionMarkShowsHelpAndAsksAgain() throws {
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(lines: [.line("?"), .line("25")], output: output)
        try session.execute("/solve/iterate")
        #expect(
            output.lines == ["number of iterations: Iterations to run; integer in [1, 1000000]"])
        #expect(sample.iterationsRun == 25)
    }

    @Test func badValueAtAPromptIsReportedAndAskedAgain() throws {
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(
            lines: [.line("abc"), .line("2"), .line("1e-4"), .line(","), .line(",")], output: output
        )
        try session.execute("so mo re co")
        #expect(
            output.lines == [
                "/solve/monitors/residual/convergence-criteria: 'abc' is not a number",
                "/solve/monitors/residual/convergence-criteria: 2 is out of range [0, 1]",
            ])
        #expect(sample.criteria["continuity"] == 1e-4)
    }

    @Test func interruptWhilePromptingAbandonsTheCommandAndKeepsEveryValue() {
        let sample = SampleCase()
        let session = sample.session(lines: [.line("1e-6"), .line("1e-6"), .interrupted])
        #expect(
            throws: ShellError(
                "interrupted", path: "/solve/monitors/residual/convergence-criteria",
                kind: .interrupted)
        ) {
            try session.execute("so mo re co")
        }
        #expect(sample.criteria == ["continuity": 1e-3, "x-velocity": 1e-3, "y-velocity": 1e-3])
    }

    @Test func endOfInputWhilePromptingAbandonsTheCommand() {
        let sample = SampleCase()
        let session = sample.session(lines: [.line("wall-top")])
        #expect(
            throws: ShellError(
                "end of input", path: "/define/boundary-conditions/wall-velocity",
                kind: .endOfInput)
        ) {
            try session.execute("/def/b-c/wall-velocity")
        }
        #expect(sample.wallVelocities.isEmpty)
    }

    @Test func argumentWithoutDefaultIsAskedAgainOnEnter() throws {
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(lines: [.line(""), .line("inlet"), .line("")], output: output)
        try session.execute("/def/b-c/wall-velocity")
        #expect(output.lines == ["'zone' has no default; please give a value"])
        #expect(sample.wallVelocities == ["inlet": 0])
    }

    @Test func confirmationAsksThePersonAndAnswersNoInBatch() {
        let sample = SampleCase()
        let session = sample.session(lines: [.line("maybe"), .line("y")])
        #expect(session.confirm("overwrite case.jou?"))
        session.isInteractive = false
        #expect(!session.confirm("overwrite case.jou?"))
        session.options.confirmOverwrite = false
        #expect(session.confirm("overwrite case.jou?"))
    }

    @Test func hiddenQuestionsAreNotShownButStillAnswered() throws {
        let sample = SampleCase()
        let input = ScriptedLines(lines: ["wall-top", "4"])
        let output = CapturedOutput()
        let session = ShellSession(
            root: sample.root, output: output, input: input, isInteractive: false,
            interrupt: InterruptFlag(), options: BatchOptions(hideQuestions: true))
        try session.execute("/def/b-c/wall-velocity")
        #expect(input.prompts == ["", ""])
        #expect(sample.wallVelocities == ["wall-top": 4])
        #expect(!session.confirm("overwrite case.jou?"))
        #expect(output.text.isEmpty)
        session.options.hideQuestions = false
        #expect(!session.confirm("overwrite case.jou?"))
        #expect(output.lines == ["overwrite case.jou? [no] no (batch mode)"])
    }
}
