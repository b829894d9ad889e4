import CommandShell
import Testing

/// Bad input never kills a session: one line of error, every value kept, the next line works.
struct BadInputTests {
    @Test(arguments: [
        ("xyz", "/: no item 'xyz'; items are define, solve, file"),
        (
            "/solve/set/under-relaxation/pressure abc",
            "/solve/set/under-relaxation/pressure: 'abc' is not a number"
        ),
        (
            "/solve/set/under-relaxation/pressure 1.5",
            "/solve/set/under-relaxation/pressure: 1.5 is out of range [0, 1]"
        ),
        (
            "/solve/set/under-relaxation/pressure nan",
            "/solve/set/under-relaxation/pressure: 'nan' is not a number"
        ),
        ("/solve/iterate 1.5", "/solve/iterate: '1.5' is not an integer"),
        ("so mo re no perhaps", "/solve/monitors/residual/normalize?: 'perhaps' is not yes or no"),
        ("so set p-v PISO", "/solve/set/p-v-coupling: 'PISO' is not one of: SIMPLE, SIMPLEC"),
        (
            "so mo re c",
            "/solve/monitors/residual/: 'c' is ambiguous: convergence-criteria, "
                + "criterion-type"
        ),
        ("/file/case-name \"\"", "/file/case-name: a case name cannot be empty"),
        ("/file/case-name \"open", "unterminated quote"),
        // Control characters (an escape sequence that would clear the screen, a bell) are
        // shown escaped: the error stays one plain line.
        (
            "/solve/iterate \u{1B}[2Jx\u{07}",
            "/solve/iterate: '\\u{1B}[2Jx\\u{07}' is not an integer"
        ),
    ])
    func badLinePrintsOneLineAndKeepsEveryValue(line: String, message: String) throws {
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(output: output)
        let before = CanonicalJournal.text(of: sample.root)
        #expect(!session.run(line))
        #expect(output.lines == [message])
        #expect(CanonicalJournal.text(of: sample.root) == before)
        #expect(session.run("/solve/iterate 3"))
        #expect(sample.iterationsRun == 3)
    }
}
