// `hypre-benchmark DIR`: hypre's BoomerAMG on the pressure-correction systems that
// `courant benchmark pressure --write DIR` wrote (A as <label>.mtx, b as <label>-rhs.mtx), from
// x = 0 to the relative tolerances given after DIR (default 0.3 1e-6), as a solver and as the
// preconditioner of PCG, with hypre's default BoomerAMG settings. One MPI rank. Benchmark
// only: built by `scripts/hypre-benchmark`, never by the default build.
import CHypre
import Foundation

/// A square sparse matrix in compressed rows (0-based) and its right-hand side.
struct SparseSystem {
    var n: Int32
    /// (n + 1) row starts.
    var rowStart: [Int32]
    /// (nnz) column of each entry.
    var column: [Int32]
    /// (nnz) value of each entry.
    var value: [Double]
    /// (n) right-hand side.
    var source: [Double]
}

/// Data lines of a Matrix Market file (comments and blank lines dropped).
func dataLines(_ path: String) throws -> [Substring] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("%") && !$0.isEmpty }
}

/// Reads A (coordinate) and b (array) into compressed rows.
func readSystem(matrixPath: String, sourcePath: String) throws -> SparseSystem {
    let lines = try dataLines(matrixPath)
    guard let header = lines.first?.split(separator: " ").compactMap({ Int32($0) }),
        header.count == 3
    else { throw BenchmarkError.malformed(matrixPath) }
    let n = header[0]
    var entries = [(row: Int32, column: Int32, value: Double)]()
    entries.reserveCapacity(Int(header[2]))
    for line in lines.dropFirst() {
        let parts = line.split(separator: " ")
        guard parts.count == 3, let i = Int32(parts[0]), let j = Int32(parts[1]),
            let v = Double(parts[2])
        else { throw BenchmarkError.malformed(matrixPath) }
        entries.append((i - 1, j - 1, v))
    }
    entries.sort { ($0.row, $0.column) < ($1.row, $1.column) }
    var rowStart = [Int32](repeating: 0, count: Int(n) + 1)
    for entry in entries { rowStart[Int(entry.row) + 1] += 1 }
    for r in 0..<Int(n) { rowStart[r + 1] += rowStart[r] }
    let source = try dataLines(sourcePath).dropFirst().map {
        guard let v = Double($0) else { throw BenchmarkError.malformed(sourcePath) }
        return v
    }
    guard source.count == Int(n) else { throw BenchmarkError.malformed(sourcePath) }
    return SparseSystem(
        n: n, rowStart: rowStart, column: entries.map(\.column), value: entries.map(\.value),
        source: source)
}

enum BenchmarkError: Error, CustomStringConvertible {
    case malformed(String)
    case usage
    var description: String {
        switch self {
        case .malformed(let path): "\(path): not a Matrix Market file this benchmark reads"
        case .usage: "usage: hypre-benchmark DIR [TOLERANCE ...]"
        }
    }
}

/// hypre's IJ matrix and vectors for one system, as ParCSR objects.
final class HypreSystem {
    var matrix: HYPRE_IJMatrix?
    var rhs: HYPRE_IJVector?
    var solution: HYPRE_IJVector?
    let n: Int32

    init(_ system: SparseSystem) {
        n = system.n
        let comm = courant_hypre_comm_world()
        HYPRE_IJMatrixCreate(comm, 0, n - 1, 0, n - 1, &matrix)
        HYPRE_IJMatrixSetObjectType(matrix, HYPRE_PARCSR)
        HYPRE_IJMatrixInitialize(matrix)
        var counts = (0..<Int(n)).map { system.rowStart[$0 + 1] - system.rowStart[$0] }
        var rows = Array(0..<n)
        var columns = system.column
        var values = system.value
        HYPRE_IJMatrixSetValues(matrix, n, &counts, &rows, &columns, &values)
        HYPRE_IJMatrixAssemble(matrix)
        var b = system.source
        var zero = [Double](repeating: 0, count: Int(n))
        for (vector, data) in [(0, b), (1, zero)] {
            var v: HYPRE_IJVector?
            HYPRE_IJVectorCreate(comm, 0, n - 1, &v)
            HYPRE_IJVectorSetObjectType(v, HYPRE_PARCSR)
            HYPRE_IJVectorInitialize(v)
            var values = data
            HYPRE_IJVectorSetValues(v, n, &rows, &values)
            HYPRE_IJVectorAssemble(v)
            if vector == 0 { rhs = v } else { solution = v }
        }
        b.removeAll()
        zero.removeAll()
    }

    /// Resets x to zero.
    func resetSolution() {
        var rows = Array(0..<n)
        var zero = [Double](repeating: 0, count: Int(n))
        HYPRE_IJVectorSetValues(solution, n, &rows, &zero)
    }

    var parMatrix: HYPRE_ParCSRMatrix? {
        var object: UnsafeMutableRawPointer?
        HYPRE_IJMatrixGetObject(matrix, &object)
        return OpaquePointer(object)
    }

    func parVector(_ vector: HYPRE_IJVector?) -> HYPRE_ParVector? {
        var object: UnsafeMutableRawPointer?
        HYPRE_IJVectorGetObject(vector, &object)
        return OpaquePointer(object)
    }

    deinit {
        HYPRE_IJMatrixDestroy(matrix)
        HYPRE_IJVectorDestroy(rhs)
        HYPRE_IJVectorDestroy(solution)
    }
}

func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
}

/// BoomerAMG as the solver: setup and solve times (s), iterations, final relative residual.
func boomerAMG(_ system: HypreSystem, tolerance: Double) -> (Double, Double, Int32, Double) {
    system.resetSolution()
    var solver: HYPRE_Solver?
    HYPRE_BoomerAMGCreate(&solver)
    HYPRE_BoomerAMGSetPrintLevel(solver, 0)
    HYPRE_BoomerAMGSetTol(solver, tolerance)
    HYPRE_BoomerAMGSetMaxIter(solver, 1000)
    let a = system.parMatrix
    let b = system.parVector(system.rhs)
    let x = system.parVector(system.solution)
    var start = DispatchTime.now().uptimeNanoseconds
    HYPRE_BoomerAMGSetup(solver, a, b, x)
    let setup = seconds(since: start)
    start = DispatchTime.now().uptimeNanoseconds
    HYPRE_BoomerAMGSolve(solver, a, b, x)
    let solve = seconds(since: start)
    var iterations: Int32 = 0
    var residual = 0.0
    HYPRE_BoomerAMGGetNumIterations(solver, &iterations)
    HYPRE_BoomerAMGGetFinalRelativeResidualNorm(solver, &residual)
    HYPRE_BoomerAMGDestroy(solver)
    return (setup, solve, iterations, residual)
}

/// PCG preconditioned by one BoomerAMG V-cycle.
func pcgBoomerAMG(_ system: HypreSystem, tolerance: Double) -> (Double, Double, Int32, Double) {
    system.resetSolution()
    var solver: HYPRE_Solver?
    var preconditioner: HYPRE_Solver?
    HYPRE_ParCSRPCGCreate(courant_hypre_comm_world(), &solver)
    HYPRE_PCGSetTol(solver, tolerance)
    HYPRE_PCGSetMaxIter(solver, 1000)
    HYPRE_PCGSetTwoNorm(solver, 1)
    HYPRE_PCGSetPrintLevel(solver, 0)
    HYPRE_BoomerAMGCreate(&preconditioner)
    HYPRE_BoomerAMGSetPrintLevel(preconditioner, 0)
    HYPRE_BoomerAMGSetTol(preconditioner, 0)
    HYPRE_BoomerAMGSetMaxIter(preconditioner, 1)
    HYPRE_ParCSRPCGSetPrecond(
        solver, HYPRE_BoomerAMGSolve, HYPRE_BoomerAMGSetup, preconditioner)
    let a = system.parMatrix
    let b = system.parVector(system.rhs)
    let x = system.parVector(system.solution)
    var start = DispatchTime.now().uptimeNanoseconds
    HYPRE_ParCSRPCGSetup(solver, a, b, x)
    let setup = seconds(since: start)
    start = DispatchTime.now().uptimeNanoseconds
    HYPRE_ParCSRPCGSolve(solver, a, b, x)
    let solve = seconds(since: start)
    var iterations: Int32 = 0
    var residual = 0.0
    HYPRE_PCGGetNumIterations(solver, &iterations)
    HYPRE_PCGGetFinalRelativeResidualNorm(solver, &residual)
    HYPRE_BoomerAMGDestroy(preconditioner)
    HYPRE_ParCSRPCGDestroy(solver)
    return (setup, solve, iterations, residual)
}

func run() throws {
    let arguments = CommandLine.arguments.dropFirst()
    guard let directory = arguments.first else { throw BenchmarkError.usage }
    let tolerances = arguments.dropFirst().compactMap(Double.init)
    let labels = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".mtx") && !$0.hasSuffix("-rhs.mtx") }
        .map { String($0.dropLast(4)) }
        .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    print("hypre \(HYPRE_RELEASE_VERSION) BoomerAMG defaults, one rank, from x = 0;")
    print("tolerance: relative 2-norm of the residual (Courant's: relative 1-norm)")
    print(
        "              system      cells  tolerance  solver                setup ms  solve ms"
            + "  iterations  rel. residual")
    for label in labels {
        let system = HypreSystem(
            try readSystem(
                matrixPath: directory + "/\(label).mtx",
                sourcePath: directory + "/\(label)-rhs.mtx"))
        for tolerance in tolerances.isEmpty ? [0.3, 1e-6] : tolerances {
            for (name, solve) in [
                ("BoomerAMG", boomerAMG), ("PCG-BoomerAMG", pcgBoomerAMG),
            ] {
                let (setup, time, iterations, residual) = solve(system, tolerance)
                print(
                    "  " + label.padding(toLength: 18, withPad: " ", startingAt: 0)
                        + String(
                            format: " %10d  %9.0e  %@  %8.1f  %8.1f  %10d  %13.1e",
                            system.n, tolerance,
                            name.padding(toLength: 20, withPad: " ", startingAt: 0) as NSString,
                            setup * 1e3, time * 1e3,
                            iterations, residual))
            }
        }
    }
}

MPI_Init(nil, nil)
do {
    try run()
} catch {
    FileHandle.standardError.write(Data("hypre-benchmark: \(error)\n".utf8))
    MPI_Finalize()
    exit(1)
}
MPI_Finalize()
