import CommandShell
import Testing

/// The canonical journal and the recorder: both replay into a fresh tree to the same state.
struct CanonicalJournalTests {
    @Test func freshTreeWritesEveryWritableSettingInTreeOrder() {
        let text = CanonicalJournal.text(of: SampleCase().root, header: ["sample case", "; as is"])
        #expect(
            text == """
                ; sample case
                ; as is
                /define/models/energy? no
                /define/materials/viscosity 1.7894e-05
                /solve/monitors/residual/convergence-criteria 0.001 0.001 0.001
                /solve/monitors/residual/criterion-type absolute
                /solve/monitors/residual/n-maximize-norms 5
                /solve/monitors/residual/normalize? no
                /solve/monitors/residual/plot? yes
                /solve/monitors/residual/print? yes
                /solve/set/under-relaxation/pressure 0.3
                /solve/set/under-relaxation/mom 0.7
                /solve/set/p-v-coupling SIMPLE
                /file/case-name cavity

                """)
    }

    @Test func canonicalJournalReadIntoAFreshTreeReproducesTheState() throws {
        let original = SampleCase()
        let session = original.session()
        for line in [
            "/define/models/energy yes", "/define/materials/viscosity 0.1234567890123",
            "so mo re co 1e-4 2e-5 3.5e-6 1e-7", "so mo re cr rel", "so mo re n-m 7",
            "so mo re no y", "so mo re pl no", "/so/set/u-r/pressure 0.2", "/so/set/u-r/mom 0.55",
            "/so/set/p-v SIMPLEC", #"/file/case-name "lid \"driven\"; Re={Re} \\ \{x\}""#,
        ] {
            try session.execute(line)
        }
        let text = CanonicalJournal.text(of: original.root)
        let copy = SampleCase()
        try Journal(text: text, file: "case.jou").run(in: copy.session())
        #expect(CanonicalJournal.text(of: copy.root) == text)
        #expect(copy.criteria == original.criteria)
        #expect(copy.viscosity == 0.1234567890123)
        #expect(copy.caseName == #"lid "driven"; Re={Re} \ {x}"#)
        #expect(copy.energyEnabled && copy.normalize && !copy.plot)
        #expect(copy.coupling == "SIMPLEC" && copy.criterionType == "relative")
    }

    @Test func recorderWritesCommandsInFullPathFormWithTheValuesUsed() throws {
        let original = SampleCase()
        let session = original.session(lines: [.line("2e-4"), .line(""), .line(","), .line("")])
        let recorder = try JournalRecorder()
        session.recorder = recorder
        try session.execute("so mo re co")
        try session.execute("so it")
        try session.execute("/def/b-c/wall-v wall-t 1.25")
        try session.execute("so")
        try session.execute("set/u-r/pr 0.4")
        session.run("so mo re co 7")
        session.run("help")
        #expect(
            recorder.lines == [
                "/solve/monitors/residual/convergence-criteria 0.0002 0.001 0.001",
                "/solve/iterate 10",
                "/define/boundary-conditions/wall-velocity wall-top 1.25",
                "/solve/set/under-relaxation/pressure 0.4",
            ])
        let replay = SampleCase()
        try Journal(text: recorder.text, file: "recorded.jou").run(in: replay.session())
        #expect(CanonicalJournal.text(of: replay.root) == CanonicalJournal.text(of: original.root))
        #expect(replay.iterationsRun == original.iterationsRun)
        #expect(replay.wallVelocities == original.wallVelocities)
    }
}
