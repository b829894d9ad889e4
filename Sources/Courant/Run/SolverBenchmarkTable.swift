import FlowSolver
import Foundation

/// The table `courant benchmark solver` prints: the Re = 100 lid-driven cavity run to a
/// scaled-residual target on each mesh.
public enum SolverBenchmarkTable {
    /// Runs the cavity on each n × n mesh of `meshes` until every scaled residual is below `target`
    /// (dimensionless) and returns the table: iterations, converged, wall seconds, µs per
    /// iteration per cell, and the process's peak resident memory during that mesh's run in MiB.
    public static func run(cellsPerSide meshes: [Int], target: Double) throws -> String {
        var lines = [
            "cavity Re=100, SIMPLEC, second-order upwind, target scaled residual "
                + String(format: "%.0e", target),
            "     mesh  iterations  converged   wall s  us/iter/cell  peak MiB",
        ]
        for cells in meshes {
            let result = try CavityBenchmark.run(cellsPerSide: cells, target: target)
            let mesh = "\(cells)x\(cells)"
            lines.append(
                String(repeating: " ", count: max(0, 9 - mesh.count)) + mesh
                    + String(
                        format: "  %10d  %9@  %7.2f  %12.3f  %8.1f", result.iterations,
                        (result.converged ? "yes" : "no") as NSString, result.wallSeconds,
                        result.microsecondsPerIterationPerCell,
                        Double(result.peakResidentBytes) / 1_048_576))
        }
        return lines.joined(separator: "\n")
    }
}
