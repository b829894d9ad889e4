import FiniteVolume
import Foundation
import LinearSolvers

extension SteadyFlowSolver {
    /// One outer iteration (SIMPLE or SIMPLEC), returning Fluent's residuals.
    ///
    /// The iteration walks the solver's transport equations (`transportEquations`):
    /// 1. Momentum predictor: the momentum equations (one per velocity component) are assembled
    ///    together with the current face fluxes and pressure; each one's residual is taken from
    ///    its unrelaxed matrix and the current (pre-solve) field; then each is relaxed (α_u) and
    ///    solved (multigrid or Gauss-Seidel, `setup.linearSolvers.momentumSolver`).
    /// 2. Rhie-Chow face fluxes F* from the predicted velocities; the continuity residual is
    ///    Σ_P |Σ_f F*_f|, the imbalance the pressure correction removes.
    /// 3. Pressure correction p' by PCG (multigrid or DIC preconditioner), then flux, velocity
    ///    and pressure corrections.
    /// 4. The remaining transport equations (energy when on, then k and ω with a turbulence
    ///    model), each assembled with the corrected fluxes, its residual taken from the current
    ///    field, relaxed and solved (Gauss-Seidel; k and ω bounded first,
    ///    `moveNegativeSourcesToDiagonal`); then the eddy viscosity from the new k and ω.
    ///
    /// Scaled residual: unscaled / Σ_P |aP·φP| with aP the unrelaxed diagonal and φ the
    /// pre-solve field; when that sum is zero (a field still at rest) the post-solve field is
    /// used instead. NaN or Inf never stops the iteration: it appears in the residuals.
    public mutating func iterate() -> IterationRecord {
        let start = DispatchTime.now().uptimeNanoseconds
        iteration += 1
        refreshObliqueSymmetry()
        let pressureGradient = faceIntegratedGradient(of: pressure)
        let outflow = netOutflow(faceFlux)
        let transport = transportEquations
        var sums = [FlowEquation: (unscaled: Double, scale: Double)]()
        var diagonals = [FlowEquation: [Double]]()

        let momentum = transport.filter { $0.velocityComponent != nil }
        let unrelaxed = assembleMomentum(pressureGradient: pressureGradient, outflow: outflow)
        var relaxed = unrelaxed
        for (component, equation) in momentum.enumerated() {
            sums[equation] = unrelaxed[component].fluentResidual(
                velocity[component].values, on: mesh)
            diagonals[equation] = unrelaxed[component].diag
            relaxed[component].relax(
                setup.underRelaxation.momentum, previous: velocity[component].values)
        }
        updateInverseDiagonal(relaxed: relaxed, unrelaxed: unrelaxed)
        for (component, equation) in momentum.enumerated() {
            lastLinearSolves[equation.rawValue] = solveTransport(
                relaxed[component], &velocity[component].values,
                controls: setup.linearSolvers.momentum,
                solver: setup.linearSolvers.momentumSolver)
        }

        let predicted = rhieChowFluxes(pressureGradient: pressureGradient)
        let imbalance = netOutflow(predicted)
        faceFlux = predicted
        let continuity = imbalance.reduce(0) { $0 + abs($1) }
        let correctionEquation = pressureCorrectionEquation(imbalance: imbalance)
        var correction = [Double](repeating: 0, count: mesh.nCells)
        let preconditioner: PreconditionedConjugateGradient.Preconditioner =
            switch setup.linearSolvers.pressureSolver {
            case .pcgDIC: .diagonalIncompleteCholesky
            case .pcgMultigrid: .multigrid(pressureHierarchy)
            }
        lastLinearSolves["pressure-correction"] = PreconditionedConjugateGradient(
            controls: setup.linearSolvers.pressure, preconditioner: preconditioner
        ).solve(correctionEquation, &correction, on: mesh)
        correct(with: correction)

        if setup.viscousModel.isTurbulent { prepareTurbulence() }
        for equation in transport where equation.velocityComponent == nil {
            var matrix = scalarTransportEquation(equation)
            let values = scalarValues(of: equation)
            sums[equation] = matrix.fluentResidual(values, on: mesh)
            diagonals[equation] = matrix.diag
            matrix.relax(scalarRelaxation(of: equation), previous: values)
            let controls: LinearSolverControls
            if equation == .energy {
                controls = setup.linearSolvers.energy
            } else {
                matrix.moveNegativeSourcesToDiagonal(values)
                controls = setup.linearSolvers.turbulence
            }
            let smoother = GaussSeidel(controls: controls)
            let mesh = mesh
            lastLinearSolves[equation.rawValue] = withScalarValues(of: equation) {
                smoother.solve(matrix, &$0, on: mesh)
            }
        }
        if let terms = turbulenceTerms {
            updateEddyViscosity(strainRateSquared: terms.strainRateSquared)
            turbulenceTerms = nil
        }

        let continuityScaled = normaliser.normalise(
            continuity, equation: FlowEquation.continuity.rawValue, iteration: iteration)
        var residuals = [
            EquationResidual(
                equation: FlowEquation.continuity.rawValue, unscaled: continuity,
                scaled: continuityScaled, normalised: continuityScaled)
        ]
        for equation in transport {
            guard let equationSums = sums[equation], let diagonal = diagonals[equation] else {
                continue
            }
            let solved =
                equation.velocityComponent.map { velocity[$0].values }
                ?? scalarValues(of: equation)
            residuals.append(
                publish(equation, sums: equationSums, diagonal: diagonal, solved: solved))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return IterationRecord(
            iteration: iteration, residuals: residuals, reports: reportValues(),
            wallSeconds: seconds)
    }

    /// Solves one relaxed transport equation into `values` with the given solver.
    func solveTransport(
        _ matrix: FVMatrix, _ values: inout [Double], controls: LinearSolverControls,
        solver: TransportSolver
    ) -> LinearSolverPerformance {
        switch solver {
        case .gaussSeidel:
            GaussSeidel(controls: controls).solve(matrix, &values, on: mesh)
        case .multigrid:
            MultigridSolver(controls: controls, hierarchy: transportHierarchy).solve(
                matrix, &values, on: mesh)
        }
    }

    /// The unrelaxed matrix of a transport equation solved after the pressure correction.
    func scalarTransportEquation(_ equation: FlowEquation) -> FVMatrix {
        switch equation {
        case .energy: energyEquation(outflow: netOutflow(faceFlux))
        case .k: turbulentKineticEnergyEquation(terms: currentTurbulenceTerms)
        case .omega: specificDissipationRateEquation(terms: currentTurbulenceTerms)
        case .continuity, .xVelocity, .yVelocity, .zVelocity:
            preconditionFailure("\(equation.rawValue) is not a scalar transport equation")
        }
    }

    /// The cell values a scalar transport equation solves for.
    func scalarValues(of equation: FlowEquation) -> [Double] {
        switch equation {
        case .energy: temperature.values
        case .k: turbulentKineticEnergy.values
        case .omega: specificDissipationRate.values
        case .continuity, .xVelocity, .yVelocity, .zVelocity:
            preconditionFailure("\(equation.rawValue) is not a scalar transport equation")
        }
    }

    /// Gives `body` the cell values of a scalar transport equation to read or update.
    mutating func withScalarValues<T>(of equation: FlowEquation, _ body: (inout [Double]) -> T)
        -> T
    {
        switch equation {
        case .energy: return body(&temperature.values)
        case .k: return body(&turbulentKineticEnergy.values)
        case .omega: return body(&specificDissipationRate.values)
        case .continuity, .xVelocity, .yVelocity, .zVelocity:
            preconditionFailure("\(equation.rawValue) is not a scalar transport equation")
        }
    }

    /// The implicit under-relaxation factor of a scalar transport equation.
    func scalarRelaxation(of equation: FlowEquation) -> Double {
        switch equation {
        case .energy: setup.underRelaxation.energy
        case .k: setup.underRelaxation.turbulentKineticEnergy
        case .omega: setup.underRelaxation.specificDissipationRate
        case .continuity, .xVelocity, .yVelocity, .zVelocity: 1
        }
    }

    /// The SST terms `prepareTurbulence()` computed for this iteration.
    var currentTurbulenceTerms: SSTTerms {
        guard let terms = turbulenceTerms else {
            preconditionFailure("k and omega are assembled after prepareTurbulence()")
        }
        return terms
    }

    /// D = V/aP (SIMPLE) or V/(aP − Σ aN) (SIMPLEC) from the relaxed momentum matrices, aP the
    /// mean of the components' diagonals. aP − Σ aN is kept ≥ 1e-3·aP. Also the Rhie-Chow
    /// coefficient V/aP from the unrelaxed diagonals.
    mutating func updateInverseDiagonal(relaxed: [FVMatrix], unrelaxed: [FVMatrix]) {
        let nCells = mesh.nCells
        let share = 1 / Double(relaxed.count)
        var diagonal = Self.sum(relaxed.map(\.diag), count: nCells)
        for c in 0..<nCells { diagonal[c] = share * diagonal[c] }
        if setup.coupling == .simplec {
            let upper = Self.sum(relaxed.map(\.upper), count: mesh.nInternalFaces)
            let lower = Self.sum(relaxed.map(\.lower), count: mesh.nInternalFaces)
            var consistent = diagonal
            mesh.owner.withUnsafeBufferPointer { owner in
                mesh.neighbour.withUnsafeBufferPointer { neighbour in
                    consistent.withUnsafeMutableBufferPointer { a in
                        for f in 0..<neighbour.count {
                            a[owner[f]] += share * upper[f]
                            a[neighbour[f]] += share * lower[f]
                        }
                    }
                }
            }
            for c in 0..<nCells { diagonal[c] = max(consistent[c], 1e-3 * diagonal[c]) }
        }
        let unrelaxedSum = Self.sum(unrelaxed.map(\.diag), count: nCells)
        let components = Double(unrelaxed.count)
        mesh.cellVolumes.withUnsafeBufferPointer { volume in
            momentumInverseDiagonal.withUnsafeMutableBufferPointer { d in
                for c in 0..<nCells { d[c] = volume[c] / diagonal[c] }
            }
            rhieChowInverseDiagonal.withUnsafeMutableBufferPointer { d in
                for c in 0..<nCells { d[c] = components * volume[c] / unrelaxedSum[c] }
            }
        }
    }

    /// Element-wise sum of equally long arrays, added in order from zero.
    static func sum(_ arrays: [[Double]], count: Int) -> [Double] {
        var total = [Double](repeating: 0, count: count)
        total.withUnsafeMutableBufferPointer { total in
            for array in arrays {
                array.withUnsafeBufferPointer { array in
                    for i in 0..<count { total[i] += array[i] }
                }
            }
        }
        return total
    }

    /// Scales and normalises one transport equation's residual sums.
    mutating func publish(
        _ equation: FlowEquation, sums: (unscaled: Double, scale: Double), diagonal: [Double],
        solved values: [Double]
    ) -> EquationResidual {
        var scale = sums.scale
        if scale == 0 {
            scale = zip(diagonal, values).reduce(0) { $0 + abs($1.0 * $1.1) }
        }
        let scaled = scale > 0 ? sums.unscaled / scale : sums.unscaled
        let normalised = normaliser.normalise(
            scaled, equation: equation.rawValue, iteration: iteration)
        return EquationResidual(
            equation: equation.rawValue, unscaled: sums.unscaled, scaled: scaled,
            normalised: normalised)
    }
}
