import Foundation
import CommandShell
import Testing

/// Journals: comments, parameters and expressions, overrides, multi-line arguments, and every
/// error kind as one exact line with nothing half-applied.
struct JournalTests {
    let cavity = """
        ; lid-driven cavity
        (parameter Re 100 "Reynolds number")
        (parameter name "lid" "case name")
        (parameter nu {1/Re})

        /define/materials/viscosity {nu}
        /file/case-name {name}-Re{Re}
        so mo re co 1e-5   ; abbreviations, values continued below
           2e-5
        ; a comment between continuation lines
           3e-5
        /solve/iterate {2 * 5}
        """

    @Test func parametersExpressionsAndContinuationLinesApply() throws {
        let sample = SampleCase()
        try Journal(text: cavity, file: "cavity.jou").run(in: sample.session())
        #expect(abs(sample.viscosity - 0.01) < 1e-15)
        #expect(sample.caseName == "lid-Re100")
        #expect(sample.criteria == ["continuity": 1e-5, "x-velocity": 2e-5, "y-velocity": 3e-5])
        #expect(sample.iterationsRun == 10)
    }

    /// `--set Re=nan` is refused as a number that is not finite (it used to be taken for text,
    /// and the run then failed with "parameter 'Re' is text").
    @Test func aNonFiniteNumberIsRefusedWhereItIsGiven() throws {
        let journal = try Journal(text: cavity, file: "cavity.jou")
        for value in ["nan", "inf", "-Infinity"] {
            #expect(
                throws: ShellError(
                    "'\(value)' is not a finite number", path: "--set Re",
                    location: SourceLocation(file: "cavity.jou", line: nil))
            ) {
                try journal.parameterValues(overrides: ["Re": value])
            }
        }
        #expect(
            try journal.parameterValues(overrides: ["name": "inflow"])["name"] == .text("inflow"))
        let declared = try Journal(text: "(parameter Re nan)\n", file: "d.jou")
        #expect(
            throws: ShellError(
                "'nan' is not a finite number", path: "(parameter Re)",
                location: SourceLocation(file: "d.jou", line: 1))
        ) {
            try declared.parameterValues()
        }
    }

    @Test func overridesReplaceDefaultsAndDependentDefaultsFollow() throws {
        let sample = SampleCase()
        try Journal(text: cavity, file: "cavity.jou").run(
            in: sample.session(), overrides: ["Re": "400", "name": "sweep"])
        #expect(abs(sample.viscosity - 0.0025) < 1e-15)
        #expect(sample.caseName == "sweep-Re400")
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndClassicMacLineEndingsReadExactlyAsLF(ending: String) throws {
        let converted = cavity.replacing("\n", with: ending) + ending
        let journal = try Journal(text: converted, file: "crlf.jou")
        let reference = try Journal(text: cavity + "\n", file: "lf.jou")
        #expect(journal.lines == reference.lines)
        #expect(journal.parameters == reference.parameters)
        let sample = SampleCase()
        try journal.run(in: sample.session(), overrides: ["Re": "400"])
        #expect(abs(sample.viscosity - 0.0025) < 1e-15)
        #expect(sample.criteria == ["continuity": 1e-5, "x-velocity": 2e-5, "y-velocity": 3e-5])
        #expect(sample.iterationsRun == 10)
    }

    @Test func declaredParametersAreListedInOrder() throws {
        let journal = try Journal(text: cavity, file: "cavity.jou")
        #expect(
            journal.parameters == [
                JournalParameter(name: "Re", defaultText: "100", help: "Reynolds number", line: 2),
                JournalParameter(name: "name", defaultText: "lid", help: "case name", line: 3),
                JournalParameter(name: "nu", defaultText: "{1/Re}", help: "", line: 4),
            ])
        #expect(try journal.parameterValues(overrides: ["Re": "50"])["nu"] == .number(0.02))
        #expect(try Journal.override("Re=400") == ("Re", "400"))
    }

    @Test func expressionsFollowArithmeticPrecedence() throws {
        let values: [String: ParameterValue] = ["Re": .number(400), "L": .number(2)]
        let cases: [(String, Double)] = [
            ("1/Re", 0.0025), ("2 + 3 * 4", 14), ("(2 + 3) * 4", 20), ("-L^2", -4),
            ("2^3^2", 512), ("sqrt(Re) / L", 10), ("max(1, L, 3) - min(L, 1)", 2),
            ("1e-3 * Re", 0.4), ("exp(log(L))", 2), ("abs(-L)", 2),
        ]
        for (source, expected) in cases {
            guard case .number(let value) = try ParameterExpression.evaluate(source, values: values)
            else {
                Issue.record("\(source) is not a number")
                continue
            }
            #expect(abs(value - expected) <= 1e-12 * max(1, abs(expected)), "\(source)")
        }
    }

    /// Each broken journal: the exact one-line error, and the state the lines before it left.
    @Test(arguments: [
        (
            "/solve/iterate 2\n/solve/monitors/residual/convergence-criteria 1e-4 1e-4\n/solve/iterate 5",
            "cases/x.jou:2: /solve/monitors/residual/convergence-criteria: "
                + "expected 3 values (continuity, x-velocity, y-velocity), got 2"
        ),
        (
            "(parameter Re 100)\n/solve/iterate 2\n/define/materials/viscosity {1/Pe}",
            "cases/x.jou:3: /define/materials/viscosity: unknown parameter 'Pe' in {1/Pe} "
                + "(declared: Re)"
        ),
        (
            "/solve/iterate 2\n/solve/set/under-relaxation/pressure abc",
            "cases/x.jou:2: /solve/set/under-relaxation/pressure: 'abc' is not a number"
        ),
        (
            "/solve/iterate 2\n/solve/set/under-relaxation/pressure 1.5",
            "cases/x.jou:2: /solve/set/under-relaxation/pressure: 1.5 is out of range [0, 1]"
        ),
        (
            "/solve/iterate 2\n\n/solve/xyz 1",
            "cases/x.jou:3: /solve/: no item 'xyz'; items are initialize, iterate, monitors, set"
        ),
        (
            "/solve/iterate 2\n/define/boundary-conditions/wall-velocity wall-top\n/solve/iterate 1",
            "cases/x.jou:2: /define/boundary-conditions/wall-velocity: "
                + "expected 2 arguments (zone, velocity), got 1"
        ),
        (
            "/solve/iterate 2\nso mo re co 1e-4 1e-4 1e-4 1e-4",
            "cases/x.jou:2: /solve/monitors/residual/convergence-criteria: "
                + "unexpected '1e-4' after the last value"
        ),
        (
            "/solve/iterate 2\n/file/case-name \"\"",
            "cases/x.jou:2: /file/case-name: a case name cannot be empty"
        ),
        (
            "/solve/iterate 2\n/define/materials/viscosity {1/0}",
            "cases/x.jou:2: /define/materials/viscosity: division by zero in {1/0}"
        ),
        (
            "/solve/iterate 2\n/def/b-c/wall-velocity wall 1",
            "cases/x.jou:2: /define/boundary-conditions/wall-velocity: "
                + "'wall' is ambiguous: wall-bottom, wall-top"
        ),
        (
            "/solve/iterate 2\n/solve/iterate\nso it 5",
            "cases/x.jou:2: /solve/iterate: expected 1 arguments (number-of-iterations), got 0"
        ),
        (
            "/solve/iterate 2\n/solve/iterate 0",
            "cases/x.jou:2: /solve/iterate: 0 is out of range [1, 1000000]"
        ),
        (
            "/solve/iterate 2\n/file/case-name \"open",
            "cases/x.jou:2: unterminated quote"
        ),
        (
            "/solve/iterate 2\n/solve/monitors/residual/monitored-equations x",
            "cases/x.jou:2: /solve/monitors/residual/monitored-equations: read-only setting"
        ),
    ])
    func brokenJournalStopsWithOneLineAndNothingHalfApplied(text: String, message: String) {
        let sample = SampleCase()
        let session = sample.session()
        #expect(throws: ShellError.self) {
            try Journal(text: text, file: "cases/x.jou").run(in: session)
        }
        let fresh = SampleCase()
        do {
            try Journal(text: text, file: "cases/x.jou").run(in: fresh.session())
        } catch {
            #expect("\(error)" == message)
        }
        #expect(sample.iterationsRun == 2)
        #expect(sample.criteria == ["continuity": 1e-3, "x-velocity": 1e-3, "y-velocity": 1e-3])
        #expect(sample.pressureRelaxation == 0.3)
        #expect(sample.viscosity == 1.7894e-5)
        #expect(sample.caseName == "cavity")
        #expect(sample.wallVelocities.isEmpty)
    }

    @Test func declarationErrorsNameTheirLine() {
        let cases: [(String, String)] = [
            (
                "(parameter Re 100)\n(parameter Re 200)",
                "x.jou:2: (parameter): parameter 'Re' is already declared on line 1"
            ),
            (
                "(parameter 2x 1)",
                "x.jou:1: (parameter): '2x' is not a parameter name "
                    + "(a letter or _, then letters, digits or _)"
            ),
            ("(parameter Re)", "x.jou:1: (parameter): expected (parameter NAME DEFAULT \"help\")"),
            ("(parameter Re 100", "x.jou:1: (parameter): missing ')'"),
        ]
        for (text, message) in cases {
            #expect(throws: ShellError.self) { try Journal(text: text, file: "x.jou") }
            do {
                _ = try Journal(text: text, file: "x.jou")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }

    @Test func overridingAnUndeclaredParameterIsRejectedBeforeAnythingRuns() {
        let sample = SampleCase()
        let journal = """
            (parameter Re 100)
            /solve/iterate 3
            """
        do {
            try Journal(text: journal, file: "x.jou").run(
                in: sample.session(), overrides: ["Pe": "1"])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "x.jou: --set Pe: parameter 'Pe' is not declared (declared: Re)")
        }
        #expect(sample.iterationsRun == 0)
    }

    @Test func commaKeepsTheDefaultAndBatchEchoShowsEachCommand() throws {
        let sample = SampleCase()
        let output = CapturedOutput()
        let session = sample.session(output: output)
        session.options.echoCommands = true
        try Journal(text: "/solve/iterate ,\nso mo re co , 2e-4 ,\n", file: "x.jou").run(
            in: session)
        #expect(sample.iterationsRun == 10)
        #expect(sample.criteria == ["continuity": 1e-3, "x-velocity": 2e-4, "y-velocity": 1e-3])
        #expect(output.lines == ["> /solve/iterate ,", "> so mo re co , 2e-4 ,"])
    }

    @Test func journalRestoresTheSessionMenuAndMode() throws {
        let sample = SampleCase()
        let session = sample.session()
        try session.execute("so mo")
        try Journal(text: "/solve/set\nunder-relaxation/pressure 0.2", file: "x.jou").run(
            in: session)
        #expect(sample.pressureRelaxation == 0.2)
        #expect(session.prompt == "/solve/monitors> ")
        #expect(session.isInteractive)
        #expect(session.location == nil)
    }

    @Test func quotedWordsTakeExpressionsAndEscapedBracesStayLiteral() throws {
        let sample = SampleCase()
        let session = sample.session()
        let journal = #"""
            (parameter Re 100)
            (parameter title "lid {Re}")
            /file/case-name "{title}: Re = {Re}"
            """#
        try Journal(text: journal, file: "x.jou").run(in: session)
        #expect(sample.caseName == "lid 100: Re = 100")
        try Journal(text: #"/file/case-name "set \{x\}""#, file: "x.jou").run(in: session)
        #expect(sample.caseName == "set {x}")
        try session.execute("/file/case-name {typed}")
        #expect(sample.caseName == "{typed}")
    }

    /// A session over `sample`'s tree with `/read-journal NAME` reading `files[NAME]`.
    static func session(of sample: SampleCase, reading files: [String: String]) -> ShellSession {
        let root = sample.root
        root.addCommand(
            CommandNode(
                "read-journal", help: "Run a journal",
                arguments: [CommandArgument("file", help: "Journal", type: .filePath)],
                isRecorded: false
            ) { call in
                let name = try call.text("file")
                try Journal(text: files[name] ?? "", file: name).run(in: call.session)
            })
        return ShellSession(
            root: root, output: CapturedOutput(), input: ScriptedLines([]),
            interrupt: InterruptFlag())
    }

    @Test func errorInANestedJournalNamesTheNestedFileAndLine() {
        let sample = SampleCase()
        let files = ["inner.jou": "/solve/iterate 1\n/solve/iterate x\n"]
        let session = Self.session(of: sample, reading: files)
        do {
            try Journal(
                text: "/solve/iterate 1\n/read-journal inner.jou\n/solve/iterate 5",
                file: "outer.jou"
            )
            .run(in: session)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "inner.jou:2: /solve/iterate: 'x' is not an integer")
        }
        #expect(sample.iterationsRun == 2)
    }

    /// A journal that reads itself, or journals that read each other, are refused at the read
    /// that closes the loop, naming every file and line of the chain, instead of recursing until
    /// the stack overflows.
    @Test(arguments: [
        (
            ["self.jou": "/solve/iterate 1\n/read-journal self.jou\n"], "self.jou",
            "self.jou:2: /read-journal: journal cycle: self.jou:2 reads self.jou"
        ),
        (
            [
                "a.jou": "; a\n/read-journal b.jou\n",
                "b.jou": "/solve/iterate 1\n/read-journal c.jou",
                "c.jou": "/read-journal b.jou",
            ], "a.jou",
            "c.jou:1: /read-journal: journal cycle: b.jou:2 reads c.jou, c.jou:1 reads b.jou"
        ),
    ])
    func aJournalCycleIsRefusedNamingTheChain(
        files: [String: String], start: String, message: String
    ) {
        let sample = SampleCase()
        let session = Self.session(of: sample, reading: files)
        #expect(throws: ShellError.self) {
            try Journal(text: files[start] ?? "", file: start).run(in: session)
        }
        do {
            try Journal(text: files[start] ?? "", file: start).run(in: session)
        } catch {
            #expect("\(error)" == message)
        }
        // A journal read twice in a row, not inside itself, is no cycle.
        #expect(throws: Never.self) {
            try Journal(text: "/read-journal d.jou\n/read-journal d.jou", file: "e.jou")
                .run(in: session)
        }
    }

    @Test func deeplyNestedExpressionsAreRefusedNotOverflowed() throws {
        for source in [
            String(repeating: "(", count: 100_000) + "1",
            String(repeating: "-", count: 100_000) + "1",
        ] {
            #expect(throws: ShellError("{...} nested more than 200 deep")) {
                try ParameterExpression.evaluate(source, values: [:])
            }
        }
        #expect(
            try ParameterExpression.evaluate(String(repeating: "-", count: 100) + "2", values: [:])
                == .number(2))
    }

    @Test func anUnreadableJournalSaysWhyInTheShellsWords() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("courant-journal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let binary = directory + "/latin1.jou"
        try Data([0x2F, 0xE9, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: binary))
        let cases = [
            (directory + "/missing.jou", "no such file"), (directory, "is a directory"),
            (binary, "not UTF-8 text"), ("/dev/zero", "larger than 64 MiB"),
        ]
        let readable = directory + "/cavity.jou"
        try cavity.write(toFile: readable, atomically: true, encoding: .utf8)
        #expect(try Journal(contentsOf: readable).text == cavity)
        for (path, reason) in cases {
            #expect(throws: ShellError("cannot read journal: \(reason)", path: path)) {
                try Journal(contentsOf: path)
            }
        }
    }
}
