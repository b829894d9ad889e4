import CommandShell
import Testing

/// Tab completion at any depth, after abbreviations, for items and enumerated values.
struct CompletionTests {
    let sample = SampleCase()

    private func complete(_ word: String, after prefix: String, in menu: String = "/")
        -> ShellSession.Completion
    {
        let session = sample.session()
        session.run(menu)
        return session.completions(of: word, after: prefix)
    }

    @Test func itemsOfTheMenuReachedByAbbreviations() {
        #expect(
            complete("c", after: "so mo re ")
                == .candidates(["convergence-criteria", "criterion-type"]))
        #expect(complete("co-c", after: "so mo re ") == .candidates(["convergence-criteria"]))
        #expect(
            complete("", after: "/so ")
                == .candidates(["initialize", "iterate", "monitors", "set"]))
        #expect(complete("i", after: "") == .candidates([]))
        #expect(complete("d", after: "") == .candidates(["define"]))
        #expect(complete("xyz", after: "") == .candidates([]))
        #expect(complete("c", after: "nonsense ") == .candidates([]))
    }

    @Test func relativeToTheCurrentMenu() {
        #expect(complete("p", after: "", in: "so mo re") == .candidates(["plot?", "print?"]))
        #expect(complete("p", after: "help ", in: "so set") == .candidates(["p-v-coupling"]))
    }

    @Test func pathWordsCompleteTheirLastComponent() {
        #expect(complete("/so/mo/re/cr", after: "") == .candidates(["/so/mo/re/criterion-type"]))
        #expect(complete("/solve/s", after: "") == .candidates(["/solve/set"]))
        #expect(complete("so/xyz/", after: "") == .candidates([]))
    }

    @Test func argumentsCompleteToChoicesAndYesNo() {
        #expect(
            complete("w", after: "/def/b-c/wall-velocity ")
                == .candidates(["wall-bottom", "wall-top"]))
        #expect(complete("", after: "/def/b-c/wall-velocity wall-top ") == .candidates([]))
        #expect(complete("", after: "so mo re no ") == .candidates(["yes", "no"]))
        #expect(complete("SIMPLEC", after: "so set p-v ") == .candidates(["SIMPLEC"]))
        #expect(complete("r", after: "so mo re cr ") == .candidates(["relative"]))
    }

    @Test func choicesFollowTheProgramState() {
        sample.boundaries.append("wall-left")
        #expect(
            complete("wall", after: "/def/b-c/wall-velocity ")
                == .candidates(["wall-bottom", "wall-top", "wall-left"]))
    }

    @Test func filePathArgumentsAskForFileNameCompletion() {
        let root = MenuNode.root()
        root.addCommand(
            CommandNode(
                "read-journal", help: "Read a journal",
                arguments: [CommandArgument("file", help: "Journal file", type: .filePath)]
            ) { _ in })
        let session = ShellSession(
            root: root, output: CapturedOutput(), input: ScriptedLines([]),
            interrupt: InterruptFlag())
        #expect(session.completions(of: "cas", after: "read ") == .fileNames)
    }

    @Test func atAnArgumentPromptTabCompletesThePromptedValue() throws {
        /// Presses Tab on "wall" at each prompt, then answers.
        final class TabThenAnswer: LineSource {
            weak var session: ShellSession?
            var offered: [ShellSession.Completion] = []
            var answers = ["wall-top", "2"]
            func readLine(prompt: String) -> LineRead {
                offered.append(session?.completions(of: "wall", after: "") ?? .candidates([]))
                return answers.isEmpty ? .endOfInput : .line(answers.removeFirst())
            }
        }
        let input = TabThenAnswer()
        let session = ShellSession(
            root: sample.root, output: CapturedOutput(), input: input, interrupt: InterruptFlag())
        input.session = session
        try session.execute("/def/b-c/wall-velocity")
        #expect(input.offered == [.candidates(["wall-bottom", "wall-top"]), .candidates([])])
        #expect(session.completions(of: "d", after: "") == .candidates(["define"]))
        #expect(sample.wallVelocities == ["wall-top": 2])
    }
}
