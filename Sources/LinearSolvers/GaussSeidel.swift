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
        var final = initial
        var sweeps = 0
        while sweeps < controls.maxSweeps && final > controls.tolerance * initial && final > 0 {
            sweep(matrix, &phi, on: mesh)
            sweeps += 1
            final = matrix.residual(phi, into: &residual, on: mesh)
        }
        return LinearSolverPerformance(
            solver: "GaussSeidel", iterations: sweeps, initialResidual: initial,
            finalResidual: final)
    }

    /// One forward and one backward sweep on the mesh.
    func sweep(_ matrix: FVMatrix, _ phi: inout [Double], on mesh: Mesh) {
        Self.sweep(
            matrix, &phi, owner: mesh.owner, neighbour: mesh.neighbour,
            addressing: mesh.addressing, omega: omega, order: .symmetric)
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

    /// One sweep in the given order on any LDU structure (mesh or coarse level).
    static func sweep(
        _ matrix: FVMatrix, _ phi: inout [Double], owner: [Int], neighbour: [Int],
        addressing address: LDUAddressing, omega: Double, order: SweepOrder
    ) {
        matrix.diag.withUnsafeBufferPointer { d in
            matrix.upper.withUnsafeBufferPointer { u in
                matrix.lower.withUnsafeBufferPointer { l in
                    matrix.source.withUnsafeBufferPointer { b in
                        owner.withUnsafeBufferPointer { o in
                            neighbour.withUnsafeBufferPointer { n in
                                address.ownerStart.withUnsafeBufferPointer { os in
                                    address.losort.withUnsafeBufferPointer { ls in
                                        address.losortStart.withUnsafeBufferPointer { lss in
                                            phi.withUnsafeMutableBufferPointer { x in
                                                func update(_ c: Int) {
                                                    var acc = b[c]
                                                    for f in os[c]..<os[c &+ 1] {
                                                        acc -= u[f] * x[n[f]]
                                                    }
                                                    for k in lss[c]..<lss[c &+ 1] {
                                                        let f = ls[k]
                                                        acc -= l[f] * x[o[f]]
                                                    }
                                                    x[c] += omega * (acc / d[c] - x[c])
                                                }
                                                if order != .backward {
                                                    for c in 0..<d.count { update(c) }
                                                }
                                                if order != .forward {
                                                    for c in (0..<d.count).reversed() {
                                                        update(c)
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
            }
        }
    }
}
