import FlowSolver
import Foundation

/// The table `courant benchmark solver` prints: the Re = 100 lid-driven cavity run to a
/// scaled-residual target on each mesh, square (2-D) or cube (3-D).
public enum SolverBenchmarkTable {
    /// Runs the cavity on each n × n mesh of `meshes` and each n × n × n box of `boxes` until
    /// every scaled residual is below `target` (dimensionless) or `maxIterations`, and returns
    /// the table: cells, iterations, converged, wall seconds, µs per iteration per cell, the
    /// process's peak resident memory during that mesh's run in MiB, and the pressure
    /// correction's linear iterations per outer iteration (mean, fewest–most) and its mean
    /// residual reduction per linear iteration.
    public static func run(
        cellsPerSide meshes: [Int], boxes: [Int] = [], target: Double,
        maxIterations: Int = 20_000
    ) throws -> String {
        var lines = [
            "cavity Re=100, SIMPLEC, second-order upwind, target scaled residual "
                + String(format: "%.0e", target),
            "        mesh      cells  iterations  converged    wall s  us/iter/cell  peak MiB"
                + "  p-iter/iter  p-iter range  p-reduction",
        ]
        let runs = meshes.map { ($0, 2) } + boxes.map { ($0, 3) }
        for (cells, dimension) in runs {
            let result = try CavityBenchmark.run(
                cellsPerSide: cells, dimension: dimension, target: target,
                maxIterations: maxIterations)
            let mesh = Array(repeating: "\(cells)", count: dimension).joined(separator: "x")
            lines.append(
                String(repeating: " ", count: max(0, 12 - mesh.count)) + mesh
                    + String(
                        format: " %10d  %10d  %9@  %8.2f  %12.3f  %8.1f  %11.2f  %12@  %11.3f",
                        result.cells, result.iterations,
                        (result.converged ? "yes" : "no") as NSString, result.wallSeconds,
                        result.microsecondsPerIterationPerCell,
                        Double(result.peakResidentBytes) / 1_048_576,
                        result.pressureIterationsPerIteration,
                        "\(result.pressureIterationRange.lowerBound)-\(result.pressureIterationRange.upperBound)"
                            as NSString, result.pressureReductionPerIteration))
        }
        return lines.joined(separator: "\n")
    }
}
