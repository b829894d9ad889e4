import Courant
import Testing

@Suite struct BatchSweepFileTests {
    @Test func productModeRunsEveryCombinationLastDimensionFastest() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let plan = try scratch.sweep(
            """
            # Re and mesh study
            journal cases/cavity.jou
            parameter Re 100 400 1000   # three Reynolds numbers
            parameter cells 33 65
            """
        ).plan(declaredParameters: BatchScratch.declared)
        #expect(plan.journalPath == scratch.file("cases/cavity.jou"))
        #expect(plan.caseName == "cavity")
        #expect(
            plan.runs.map(\.summary) == [
                "Re=100 cells=33", "Re=100 cells=65", "Re=400 cells=33", "Re=400 cells=65",
                "Re=1000 cells=33", "Re=1000 cells=65",
            ])
        #expect(plan.runs.map(\.index) == Array(0..<6))
        #expect(plan.runs[3].setArguments == ["--set", "Re=400", "--set", "cells=65"])
    }

    @Test func rangesAreInclusiveAndFreeOfRoundingNoise() throws {
        #expect(try SweepValue.range("100:1000:100") == (1...10).map { String($0 * 100) })
        #expect(try SweepValue.range("0.1:0.5:0.1") == ["0.1", "0.2", "0.3", "0.4", "0.5"])
        #expect(try SweepValue.range("0.7:0.7:0.1") == ["0.7"])
        #expect(try SweepValue.range("400") == nil)
    }

    @Test func listModePairsValuesAndSettingsArePassedAsSets() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let plan = try scratch.sweep(
            """
            journal cases/cavity.jou
            mode list
            parameter Re 100 400
            set /solve/set/under-relaxation/pressure 0.3 0.5
            """
        ).plan(declaredParameters: BatchScratch.declared)
        #expect(
            plan.runs.map(\.summary) == [
                "Re=100 /solve/set/under-relaxation/pressure=0.3",
                "Re=400 /solve/set/under-relaxation/pressure=0.5",
            ])
        #expect(
            plan.runs[1].parameters == ["Re": "400", "/solve/set/under-relaxation/pressure": "0.5"])
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndClassicMacLineEndingsReadExactlyAsLF(ending: String) throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let lines = ["journal cases/cavity.jou", "parameter Re 100 400", "parameter cells 33"]
        let plan = try scratch.sweep(lines.joined(separator: ending) + ending)
            .plan(declaredParameters: BatchScratch.declared)
        #expect(plan.runs.map(\.summary) == ["Re=100 cells=33", "Re=400 cells=33"])
        let mistake = (lines + ["mode sideways"]).joined(separator: ending)
        #expect(
            throws: SweepError(
                file: scratch.file("sweep.txt"), line: 4,
                message: "expected 'mode product' or 'mode list'")
        ) {
            try scratch.sweep(mistake)
        }
    }

    /// Each sweep-file mistake fails before any run, naming the file and line.
    @Test(arguments: [
        (
            "journal cases/cavity.jou\nparameter Rey 100 400\n", 2,
            "unknown parameter 'Rey': 'cases/cavity.jou' declares Re, cells"
        ),
        ("journal cases/cavity.jou\nparameter Re 100 nan\n", 2, "'nan' is not a finite number"),
        (
            "journal cases/cavity.jou\n\nparameter Re 1000:100:100\n", 3,
            "range '1000:100:100' is empty: start is greater than stop"
        ),
        (
            "journal cases/cavity.jou\nparameter Re 100:1000:0\n", 2,
            "range '100:1000:0' is empty: its step must be positive"
        ),
        ("journal cases/cavity.jou\nparameter Re\n", 2, "'Re' has an empty list of values"),
        ("# study\njournal cases/missing.jou\n", 2, "journal 'cases/missing.jou': no such file"),
        ("parameter Re 100\n", 0, "no 'journal PATH' line"),
        (
            "journal cases/cavity.jou\nparamter Re 100\n", 2,
            "unknown directive 'paramter' (journal, parameter, set, mode)"
        ),
        (
            "journal cases/cavity.jou\nset under-relaxation 0.3\n", 2,
            "'set' takes a TUI command path such as /solve/set/..., got 'under-relaxation'"
        ),
        (
            "journal cases/cavity.jou\nparameter Re 1 2\nparameter Re 3\n", 3,
            "'Re' is already swept on line 2"
        ),
        (
            "journal cases/cavity.jou\nmode list\nparameter Re 1 2\nparameter cells 33\n", 2,
            "mode list needs equally long value lists, got Re 2, cells 1"
        ),
    ])
    func sweepMistakesAreReportedWithFileAndLine(text: String, line: Int, message: String) throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let sweepPath = scratch.file("sweep.txt")
        #expect {
            _ = try scratch.sweep(text).plan(declaredParameters: BatchScratch.declared)
        } throws: { error in
            guard let error = error as? SweepError else { return false }
            let prefix = line > 0 ? "\(sweepPath):\(line): " : "\(sweepPath): "
            return error.line == line && error.description.hasPrefix(prefix + message)
        }
    }
}
