import FiniteVolume
import Foundation

/// The lid-driven cavity at Re = 100 as a speed benchmark: unit square (2-D) or unit cube
/// (3-D), lid (`top`, y = 1) moving at +1 m/s along x, ρ = 1, μ = 0.01, SIMPLEC, second-order
/// upwind momentum.
public enum CavityBenchmark {
    /// What one benchmark run measured.
    public struct Result: Sendable, Equatable {
        /// Cells per side.
        public var cellsPerSide: Int
        /// 2 (square of cellsPerSide² quadrilaterals) or 3 (cube of cellsPerSide³ hexahedra).
        public var dimension: Int
        /// Number of cells.
        public var cells: Int
        /// Outer iterations until every scaled residual was below the target (or the limit).
        public var iterations: Int
        /// Whether the target was reached within the iteration limit.
        public var converged: Bool
        /// Wall-clock seconds of the iterations (mesh and set-up excluded).
        public var wallSeconds: Double
        /// Wall time per iteration per cell, µs.
        public var microsecondsPerIterationPerCell: Double
        /// Peak resident memory of the process during this run (VmHWM, reset at its start),
        /// bytes; 0 where /proc is unavailable.
        public var peakResidentBytes: Int
        /// The last iteration's residuals.
        public var finalResiduals: [EquationResidual]
        /// Mean linear iterations of the pressure-correction solve per outer iteration.
        public var pressureIterationsPerIteration: Double
        /// Fewest and most pressure-correction iterations of one solve over the run.
        public var pressureIterationRange: ClosedRange<Int>
        /// Mean residual reduction per pressure-correction iteration over the run.
        public var pressureReductionPerIteration: Double
    }

    /// The cavity set-up used by the benchmark and the validation tests: lid speed 1 m/s,
    /// ρ = 1 kg/m³, μ = 1/Re, SIMPLEC with α_p = 1, α_u = 0.97 (fastest on the 129² cavity:
    /// ~370 iterations to 1e-5, against ~530 at 0.95, ~970 at 0.9 and ~760 at 0.99).
    /// In 3-D the `back` and `front` sides (z = 0, 1) are stationary walls too.
    public static func setup(reynolds: Double, dimension: Int = 2) -> CaseSetup {
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 1 / reynolds)
        let wall = BoundaryCondition.wall(.init())
        setup.boundaryConditions = [
            "left": wall, "right": wall, "bottom": wall,
            "top": .wall(.init(velocity: Vector3(1, 0, 0))),
        ]
        if dimension == 3 {
            setup.boundaryConditions["back"] = wall
            setup.boundaryConditions["front"] = wall
        }
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.97)
        return setup
    }

    /// Runs the Re = 100 cavity on `cellsPerSide`² (2-D) or `cellsPerSide`³ (3-D) cells until
    /// every scaled residual is below `target` or `maxIterations` is reached.
    public static func run(
        cellsPerSide: Int, dimension: Int = 2, target: Double = 1e-5,
        maxIterations: Int = 20_000, setup: CaseSetup? = nil
    ) throws -> Result {
        resetPeakResident()
        let n = cellsPerSide
        let mesh =
            dimension == 3
            ? try Mesh.box(nx: n, ny: n, nz: n, lx: 1, ly: 1, lz: 1)
            : try Mesh.rectangle(nx: n, ny: n, lx: 1, ly: 1)
        let setup = setup ?? Self.setup(reynolds: 100, dimension: dimension)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        let start = DispatchTime.now().uptimeNanoseconds
        var pressureIterations = PressureIterationCount()
        var record = solver.iterate()
        pressureIterations.add(solver)
        while !record.residuals.allSatisfy({ $0.scaled < target })
            && record.iteration < maxIterations
            && record.residuals.allSatisfy({ $0.scaled.isFinite })
        {
            record = solver.iterate()
            pressureIterations.add(solver)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return Result(
            cellsPerSide: cellsPerSide, dimension: dimension, cells: mesh.nCells,
            iterations: record.iteration,
            converged: record.residuals.allSatisfy { $0.scaled < target }, wallSeconds: seconds,
            microsecondsPerIterationPerCell: seconds * 1e6
                / (Double(record.iteration) * Double(mesh.nCells)),
            peakResidentBytes: peakResidentBytes(), finalResiduals: record.residuals,
            pressureIterationsPerIteration: pressureIterations.mean,
            pressureIterationRange: pressureIterations.range,
            pressureReductionPerIteration: pressureIterations.reductionPerIteration)
    }

    /// Resets VmHWM to the current resident size (Linux ≥ 4.0: "5" to /proc/self/clear_refs),
    /// so each mesh of a benchmark table reports its own peak, not the largest so far.
    static func resetPeakResident() {
        guard let clear = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        try? clear.write(contentsOf: Data("5".utf8))
        try? clear.close()
    }

    /// VmHWM from /proc/self/status in bytes, 0 if unavailable.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
