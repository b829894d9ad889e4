import FiniteVolume
import FlowSolver
import Foundation

/// `courant benchmark pressure`: the pressure-correction solvers compared on the systems of
/// running cases (the Re = 100 cavity on n × n meshes, the shipped 3-D meshes), each taken
/// after a given number of outer iterations; optionally written as Matrix Market files for
/// the hypre comparison (`scripts/hypre-benchmark`).
public enum PressureSolverTable {
    /// One system to compare on: its label, mesh and matrix.
    public struct System {
        /// `cavity-257` or the case name.
        public var label: String
        /// The mesh the matrix lives on.
        public var mesh: Mesh
        /// The pressure-correction matrix and right-hand side.
        public var matrix: FVMatrix
    }

    /// The pressure-correction system of the cavity on n × n cells after `iterations` outer
    /// iterations.
    public static func cavity(cellsPerSide n: Int, iterations: Int) throws -> System {
        let mesh = try Mesh.rectangle(nx: n, ny: n, lx: 1, ly: 1)
        var solver = try SteadyFlowSolver(
            mesh: mesh, setup: CavityBenchmark.setup(reynolds: 100))
        for _ in 0..<iterations { _ = solver.iterate() }
        return System(
            label: "cavity-\(n)", mesh: mesh, matrix: solver.pressureCorrectionSample())
    }

    /// The pressure-correction system of a shipped 3-D case after `iterations` iterations.
    public static func imported(_ benchmark: BenchmarkCase, folder: String, iterations: Int)
        throws -> System
    {
        var run = try benchmark.load(folder: folder)
        run.solve(target: 0, limit: iterations)
        return System(
            label: benchmark.rawValue, mesh: run.solver.mesh,
            matrix: run.solver.pressureCorrectionSample())
    }

    /// The comparison table for `systems` at each relative tolerance; with `directory`, each
    /// system is also written there as `<label>.mtx` (A) and `<label>-rhs.mtx` (b).
    public static func run(systems: [System], tolerances: [Double], directory: String?) throws
        -> String
    {
        var lines = [
            "pressure correction from φ = 0; setup once per mesh, solve includes the "
                + "coefficient refresh",
            "              system      cells  tolerance  solver                      levels"
                + "  setup ms  solve ms  iterations  reduction",
        ]
        for system in systems {
            if let directory {
                try MatrixMarketWriter.write(
                    system.matrix, on: system.mesh,
                    matrixPath: directory + "/\(system.label).mtx",
                    sourcePath: directory + "/\(system.label)-rhs.mtx")
            }
            for tolerance in tolerances {
                for row in PressureSolverComparison.run(
                    system.matrix, on: system.mesh, tolerance: tolerance)
                {
                    let padded = system.label.padding(toLength: 18, withPad: " ", startingAt: 0)
                    lines.append(
                        "  " + padded
                            + String(
                                format: " %10d  %9.0e  %@  %6d  %8.1f  %8.1f  %10d  %9.1e",
                                system.mesh.nCells, tolerance,
                                row.solver.padding(toLength: 26, withPad: " ", startingAt: 0)
                                    as NSString,
                                row.levels, row.setupSeconds * 1e3, row.solveSeconds * 1e3,
                                row.iterations, row.reduction))
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
