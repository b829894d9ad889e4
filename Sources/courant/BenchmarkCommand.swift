import ArgumentParser
import Courant

/// `courant benchmark solver`: speed tables (release build).
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark", abstract: "Measure speed (build with -c release).",
        subcommands: [SolverBenchmarkCommand.self])
}

/// `courant benchmark solver`: the Re = 100 cavity on several meshes to a scaled-residual target.
struct SolverBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solver",
        abstract: "Cavity at Re=100: iterations, wall time, µs/iteration/cell, peak memory.")

    @Option(parsing: .upToNextOption, help: "Cells per side of each mesh.")
    var cells: [Int] = [65, 129, 257]

    @Option(help: "Scaled-residual target.")
    var target = 1e-5

    mutating func run() throws {
        print(try SolverBenchmarkTable.run(cellsPerSide: cells, target: target))
    }
}
