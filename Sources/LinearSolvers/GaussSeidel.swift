import FiniteVolume

/// Symmetric Gauss-Seidel / SOR: each sweep updates cells in order then in reverse,
/// φ_P ← (1 − ω)·φ_P + ω·(b_P − Σ_N a_PN·φ_N)/aP, with the newest neighbour values.
///
/// Converges for diagonally dominant matrices (momentum, energy); ω = 1 is Gauss-Seidel.
public struct GaussSeidel: Sendable {
    /// Stopping rule: relative reduction of Σ|b − A·φ| and the sweep limit.
    public var controls: LinearSolverControls
    /// Over-relaxation factor ω ∈ (0, 2).
    public var omega: Double

    /// A smoother with the given controls and ω (default 1: plain Gauss-Seidel).
    public init(controls: LinearSolverControls, omega: Double = 1) {
        self.controls = controls
        self.omega = omega
    }

    /// Solves A·φ = b in place, starting from φ.
    public func solve(_ matrix: FVMatrix, _ phi: inout [Double], on mesh: Mesh)
        -> LinearSolverPerformance
    {
        var residual = [Double](repeating: 0, count: mesh.nCells)
        let initial = matrix.residual(phi, into: &residual, on: mesh)
        let offDiagonal = Self.rowValues(matrix, addressing: mesh.addressing)
        let inverseDiagonal = matrix.diag.map { 1 / $0 }
        var final = initial
        var sweeps = 0
        while sweeps < controls.maxSweeps && final > controls.tolerance * initial && final > 0 {
            Self.sweep(
                source: matrix.source, offDiagonal: offDiagonal, inverseDiagonal: inverseDiagonal,
                &phi, addressing: mesh.addressing, omega: omega, order: .symmetric)
            sweeps += 1
            final = matrix.residual(phi, into: &residual, on: mesh)
        }
        return LinearSolverPerformance(
            solver: "GaussSeidel", iterations: sweeps, initialResidual: initial,
            finalResidual: final)
    }

    /// The order in which a sweep visits the cells.
    enum SweepOrder {
        /// 0, 1, …, n − 1.
        case forward
        /// n − 1, …, 0.
        case backward
        /// Forward then backward (a symmetric iteration).
        case symmetric
    }

    /// (2·nInternalFaces) the off-diagonal coefficients in the addressing's compressed-row order.
    static func rowValues(_ matrix: FVMatrix, addressing: LDUAddressing) -> [Double] {
        [Double](unsafeUninitializedCapacity: addressing.column.count) { values, count in
            matrix.upper.withUnsafeBufferPointer { upper in
                matrix.lower.withUnsafeBufferPointer { lower in
                    addressing.entryFace.withUnsafeBufferPointer { face in
                        addressing.entryIsUpper.withUnsafeBufferPointer { isUpper in
                            for k in 0..<face.count {
                                values[k] = isUpper[k] ? upper[face[k]] : lower[face[k]]
                            }
                        }
                    }
                }
            }
            count = addressing.column.count
        }
    }

    /// One sweep in the given order over compressed rows (mesh or coarse level):
    /// φ_P ← φ_P + ω·((b_P − Σ_N a_PN·φ_N)/aP − φ_P).
    ///
    /// - Parameters:
    ///   - source: (nCells) b.
    ///   - offDiagonal: `rowValues(matrix, addressing:)`.
    ///   - inverseDiagonal: (nCells) 1/aP; a multiply keeps the division off the sweep's
    ///     sequential dependency chain.
    static func sweep(
        source: [Double], offDiagonal: [Double], inverseDiagonal: [Double],
        _ phi: inout [Double], addressing: LDUAddressing, omega: Double, order: SweepOrder
    ) {
        inverseDiagonal.withUnsafeBufferPointer { d in
            source.withUnsafeBufferPointer { b in
                offDiagonal.withUnsafeBufferPointer { a in
                    addressing.rowStart.withUnsafeBufferPointer { start in
                        addressing.column.withUnsafeBufferPointer { column in
                            phi.withUnsafeMutableBufferPointer { x in
                                @inline(__always) func update(_ c: Int) {
                                    var acc = b[c]
                                    var k = start[c]
                                    let end = start[c &+ 1]
                                    while k < end {
                                        acc -= a[k] * x[column[k]]
                                        k &+= 1
                                    }
                                    x[c] += omega * (acc * d[c] - x[c])
                                }
                                if order != .backward {
                                    var c = 0
                                    while c < d.count {
                                        update(c)
                                        c &+= 1
                                    }
                                }
                                if order != .forward {
                                    var c = d.count &- 1
                                    while c >= 0 {
                                        update(c)
                                        c &-= 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
