import FlowSolver
import Foundation

/// A fixed number of outer iterations of a shipped 3-D case, timed, with the pressure
/// correction's linear iterations per outer iteration: the 3-D rows of
/// `courant benchmark solver --case`.
public enum ImportedCaseBenchmark {
    /// One table row: case, cells, iterations, wall seconds, µs per iteration per cell,
    /// pressure iterations per outer iteration (mean, fewest–most), mean residual reduction per
    /// pressure iteration.
    public static func row(_ benchmark: BenchmarkCase, folder: String, iterations: Int) throws
        -> String
    {
        var run = try benchmark.load(folder: folder)
        var count = PressureIterationCount()
        let start = DispatchTime.now().uptimeNanoseconds
        for k in 1...max(1, iterations) {
            run.solve(target: 0, limit: k)
            count.add(run.solver)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        let cells = run.solver.mesh.nCells
        let name = benchmark.rawValue
        return String(repeating: " ", count: max(0, 17 - name.count)) + name
            + String(
                format: " %10d  %10d  %8.2f  %12.3f  %11.2f  %12@  %11.3f", cells,
                run.iterations, seconds, seconds * 1e6 / (Double(run.iterations) * Double(cells)),
                count.mean, "\(count.range.lowerBound)-\(count.range.upperBound)" as NSString,
                count.reductionPerIteration)
    }

    /// The header of `row`'s table.
    public static let header =
        "             case      cells  iterations    wall s  us/iter/cell  p-iter/iter"
        + "  p-iter range  p-reduction"
}
