import ArgumentParser
import CaseValidation
import Courant
import FlowSolver
import Foundation
import NeuralNet

/// `courant benchmark solver`: speed tables (release build).
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark", abstract: "Measure speed (build with -c release).",
        subcommands: [
            SolverBenchmarkCommand.self, PressureBenchmarkCommand.self,
            StreamBenchmarkCommand.self, NeuralNetBenchmarkCommand.self,
            NeuralNetCrossCheckCommand.self,
        ])
}

/// `courant benchmark solver`: the Re = 100 cavity on several meshes to a scaled-residual target.
struct SolverBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solver",
        abstract:
            "Cavity at Re=100 (2-D squares, 3-D boxes): iterations, wall time, µs/iteration/cell, "
            + "peak memory.")

    @Option(
        parsing: .upToNextOption,
        help: "Cells per side of each square mesh (default 65 129 257 unless --box is given).")
    var cells: [Int] = []

    @Option(
        parsing: .upToNextOption,
        help: "Cells per side of each 3-D box (hexahedra, e.g. 100 for 1 million cells).")
    var box: [Int] = []

    @Option(help: "Scaled-residual target.")
    var target = 1e-5

    @Option(help: "Iteration limit per mesh.")
    var maxIterations = 20_000

    @Option(
        name: .customLong("case"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Shipped 3-D meshes to time for --case-iterations outer iterations each: "
                + BenchmarkCase.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var cases: [BenchmarkCase] = []

    @Option(help: "Outer iterations per --case mesh.")
    var caseIterations = 100

    @Option(help: "Folder holding the shipped meshes.")
    var meshes = "cases/meshes"

    mutating func run() throws {
        if !(cells.isEmpty && box.isEmpty && !cases.isEmpty) {
            print(
                try SolverBenchmarkTable.run(
                    cellsPerSide: cells.isEmpty && box.isEmpty ? [65, 129, 257] : cells,
                    boxes: box, target: target, maxIterations: maxIterations))
        }
        guard !cases.isEmpty else { return }
        print(ImportedCaseBenchmark.header)
        for benchmark in cases {
            print(
                try ImportedCaseBenchmark.row(
                    benchmark, folder: meshes, iterations: caseIterations))
        }
    }
}

extension BenchmarkCase: ExpressibleByArgument {}

/// `courant benchmark pressure`: the pressure-correction solvers on the systems of running
/// cases, optionally written as Matrix Market files for `scripts/hypre-benchmark`.
struct PressureBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pressure",
        abstract:
            "Pressure-correction solvers (PCG-DIC, AMG V-cycle, AMG K-cycle) on cavity and 3-D "
            + "case matrices: setup, solve time, iterations.")

    @Option(parsing: .upToNextOption, help: "Cavity cells per side (default 65 129 257 513).")
    var cells: [Int] = []

    @Option(
        name: .customLong("case"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Shipped 3-D meshes: "
                + BenchmarkCase.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var cases: [BenchmarkCase] = []

    @Option(help: "Outer iterations run before the system is taken.")
    var iterations = 20

    @Option(parsing: .upToNextOption, help: "Relative tolerances (default 0.3 1e-6).")
    var tolerance: [Double] = []

    @Option(help: "Folder holding the shipped meshes.")
    var meshes = "cases/meshes"

    @Option(help: "Write each system as <label>.mtx and <label>-rhs.mtx into this folder.")
    var write: String?

    mutating func run() throws {
        if let write {
            try FileManager.default.createDirectory(
                atPath: write, withIntermediateDirectories: true)
        }
        let sizes = cells.isEmpty && cases.isEmpty ? [65, 129, 257, 513] : cells
        var systems = try sizes.map {
            try PressureSolverTable.cavity(cellsPerSide: $0, iterations: iterations)
        }
        for benchmark in cases {
            systems.append(
                try PressureSolverTable.imported(
                    benchmark, folder: meshes, iterations: iterations))
        }
        print(
            try PressureSolverTable.run(
                systems: systems, tolerances: tolerance.isEmpty ? [0.3, 1e-6] : tolerance,
                directory: write))
    }
}

/// `courant benchmark stream`: the memory bandwidth that bounds the solver's loops.
struct StreamBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "STREAM-style triad a = b + s·c: sustainable memory bandwidth, GB/s.")

    @Option(help: "Elements per array (three arrays of doubles).")
    var elements = 1 << 25

    @Option(help: "Repetitions (best and median reported).")
    var repetitions = 10

    mutating func run() throws {
        let result = MemoryBandwidth.triad(elements: elements, repetitions: repetitions)
        print(
            String(
                format:
                    "triad a = b + s*c, %d doubles per array (%.0f MiB in all), %d repetitions: "
                    + "best %.2f GB/s, median %.2f GB/s (24 bytes per element)",
                result.elements, Double(24 * result.elements) / 1_048_576, result.repetitions,
                result.bestGigabytesPerSecond, result.medianGigabytesPerSecond))
    }
}

/// `courant benchmark nn`: the ResNet of issue 6 on (batch, 6, 128) + 8 features.
struct NeuralNetBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nn",
        abstract: "ResNet training and inference speed, GEMM GFLOP/s (compare with PyTorch).")

    @Flag(help: "Tiny step counts: a smoke test, not a measurement.")
    var quick = false

    @Option(
        parsing: .upToNextOption,
        help: "Threads: 1 (figures per CPU second) and/or all cores (per wall second).")
    var threads: [ThreadCount] = [.one, .all]

    @Option(
        parsing: .upToNextOption,
        help: "Networks: paper (Wang et al.) and/or bottleneck; inference adds the small one.")
    var networks: [String] = ["paper", "bottleneck"]

    @Option(
        parsing: .upToNextOption, help: "What to measure: gemm, training and/or inference.")
    var sections: [String] = NeuralNetBenchmark.Section.allCases.map(\.rawValue)

    /// `--threads` values: one thread ("1"), or every core ("all", or the number of cores).
    enum ThreadCount: ExpressibleByArgument, Equatable {
        case one, all

        init?(argument: String) {
            switch argument {
            case "1": self = .one
            case "all", "\(ParallelLoop.threads)": self = .all
            default: return nil
            }
        }

        var defaultValueDescription: String { self == .one ? "1" : "all" }
    }

    mutating func validate() throws {
        for network in networks where !["paper", "bottleneck"].contains(network) {
            throw ValidationError(
                "benchmark nn --networks: unknown network '\(network)' (paper, bottleneck)")
        }
        for section in sections where NeuralNetBenchmark.Section(rawValue: section) == nil {
            throw ValidationError(
                "benchmark nn --sections: unknown section '\(section)' (gemm, training, inference)")
        }
    }

    mutating func run() throws {
        print(
            NeuralNetBenchmark.run(
                quick: quick, oneThread: threads.contains(.one), allCores: threads.contains(.all),
                networks: networks,
                sections: sections.compactMap(NeuralNetBenchmark.Section.init(rawValue:))))
    }
}

/// `courant benchmark nn-crosscheck DIR`: writes a model and its inputs, outputs and gradients
/// for `scripts/pytorch_crosscheck.py` to compare with PyTorch.
struct NeuralNetCrossCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nn-crosscheck",
        abstract: "Write model.safetensors and crosscheck.safetensors for the PyTorch check.")

    @Argument(help: "Directory to write into (created if missing).")
    var directory: String

    @Option(help: "Block design of the network: basic or bottleneck.")
    var block = "basic"

    @Flag(help: "A plain network: the same layers without shortcuts.")
    var plain = false

    mutating func run() throws {
        guard let design = ResidualBlockDesign(rawValue: block) else {
            FileHandle.standardError.write(
                Data("Error: --block \(block): expected basic or bottleneck\n".utf8))
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        print(
            try NeuralNetCrossCheck.write(
                modelPath: directory + "/model.safetensors",
                dumpPath: directory + "/crosscheck.safetensors",
                configuration: NeuralNetCrossCheck.configuration(design, shortcuts: !plain)))
    }
}
