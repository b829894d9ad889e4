import CommandShell
import Testing

/// Whole command lines against the sample tree: paths, abbreviations, menu navigation.
struct CommandLineTests {
    @Test func abbreviatedWordsReachANestedSettingAndSetEveryKey() throws {
        let sample = SampleCase()
        let session = sample.session()
        try session.execute("so mo re co 1e-4 2e-4 3e-4")
        #expect(sample.criteria == ["continuity": 1e-4, "x-velocity": 2e-4, "y-velocity": 3e-4])
    }

    @Test func absoluteAndRelativePathsRunCommands() throws {
        let sample = SampleCase()
        let session = sample.session()
        try session.execute("/solve/iterate 100")
        #expect(sample.iterationsRun == 100)
        try session.execute("solve")
        try session.execute("it 5")
        #expect(sample.iterationsRun == 105)
        try session.execute("set/under-relaxation/pressure 0.25")
        #expect(sample.pressureRelaxation == 0.25)
        try session.execute("/so/set/u-r/mom 0.5")
        #expect(sample.momentumRelaxation == 0.5)
    }

    @Test func menuWordsChangeTheCurrentMenuAndThePrompt() throws {
        let sample = SampleCase()
        let session = sample.session()
        #expect(session.prompt == "> ")
        try session.execute("so mo re")
        #expect(session.prompt == "/solve/monitors/residual> ")
        try session.execute("q")
        #expect(session.prompt == "/solve/monitors> ")
        try session.execute("..")
        #expect(session.prompt == "/solve> ")
        try session.execute("mo/re")
        #expect(session.prompt == "/solve/monitors/residual> ")
        try session.execute("/")
        #expect(session.prompt == "> ")
        try session.execute("q")
        #expect(session.prompt == "> ")
    }

    @Test func choiceArgumentsAcceptAbbreviationsOfDynamicLists() throws {
        let sample = SampleCase()
        let session = sample.session()
        try session.execute("/def/b-c/wall-velocity wall-t 1.5")
        #expect(sample.wallVelocities == ["wall-top": 1.5])
        sample.boundaries.append("lid")
        try session.execute("/def/b-c/wall-velocity lid 2")
        #expect(sample.wallVelocities["lid"] == 2)
    }

    @Test func perKeyKeysFollowTheProgramState() throws {
        let sample = SampleCase()
        let session = sample.session()
        try session.execute("/define/models/energy yes")
        try session.execute("/solve/monitors/residual/convergence-criteria 1e-3 1e-3 1e-3 1e-6")
        #expect(sample.criteria["energy"] == 1e-6)
    }

    @Test func unknownAndAmbiguousWordsNameTheMenuAndListCandidates() {
        let sample = SampleCase()
        let session = sample.session()
        #expect(
            throws: ShellError(
                "'c' is ambiguous: convergence-criteria, criterion-type",
                path: "/solve/monitors/residual/")
        ) {
            try session.execute("so mo re c 0.1")
        }
        #expect(throws: ShellError("no item 'xyz'; items are define, solve, file", path: "/")) {
            try session.execute("xyz")
        }
        #expect(
            throws: ShellError(
                "'convergence-criteria' is not a menu",
                path: "/solve/monitors/residual/convergence-criteria")
        ) {
            try session.execute("/solve/monitors/residual/convergence-criteria/x")
        }
        // A path continuing past a command gives it its first answer, as Fluent reads it.
        #expect(throws: ShellError("'x' is not an integer", path: "/solve/iterate")) {
            try session.execute("/solve/iterate/x")
        }
    }

    @Test func quotedStringsKeepBlanksAndSemicolons() throws {
        let sample = SampleCase()
        try sample.session().execute(#"/file/case-name "lid driven; Re=100" ; a comment"#)
        #expect(sample.caseName == "lid driven; Re=100")
    }
}
