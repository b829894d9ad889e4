import FiniteVolume
import Foundation
import LinearSolvers

extension SteadyFlowSolver {
    /// One outer iteration (SIMPLE or SIMPLEC), returning Fluent's residuals.
    ///
    /// 1. Momentum predictor: assemble u and v equations with the current face fluxes and
    ///    pressure; their residuals are taken here, from the unrelaxed matrix and the current
    ///    (pre-solve) velocities; then relax (α_u) and solve (multigrid or Gauss-Seidel,
    ///    `setup.linearSolvers.momentumSolver`).
    /// 2. Rhie-Chow face fluxes F* from the predicted velocities; the continuity residual is
    ///    Σ_P |Σ_f F*_f|, the imbalance the pressure correction removes.
    /// 3. Pressure correction p' by PCG (multigrid or DIC preconditioner), then flux, velocity
    ///    and pressure corrections.
    /// 4. Energy (when on): assembled with the corrected fluxes, residual from the current T,
    ///    relaxed and solved.
    ///
    /// Scaled residual: unscaled / Σ_P |aP·φP| with aP the unrelaxed diagonal and φ the
    /// pre-solve field; when that sum is zero (a field still at rest) the post-solve field is
    /// used instead. NaN or Inf never stops the iteration: it appears in the residuals.
    public mutating func iterate() -> IterationRecord {
        let start = DispatchTime.now().uptimeNanoseconds
        iteration += 1
        var residuals = [EquationResidual]()
        let pressureGradient = FVC.grad(pressure, on: mesh)
        let outflow = netOutflow(faceFlux)

        var (xMomentum, yMomentum) = assembleMomentum(
            pressureGradient: pressureGradient, outflow: outflow)
        let xSums = xMomentum.fluentResidual(xVelocity.values, on: mesh)
        let ySums = yMomentum.fluentResidual(yVelocity.values, on: mesh)
        let alpha = setup.underRelaxation.momentum
        let (xUnrelaxed, yUnrelaxed) = (xMomentum, yMomentum)
        xMomentum.relax(alpha, previous: xVelocity.values)
        yMomentum.relax(alpha, previous: yVelocity.values)
        updateInverseDiagonal(xMomentum, yMomentum, unrelaxed: xUnrelaxed, yUnrelaxed)
        switch setup.linearSolvers.momentumSolver {
        case .gaussSeidel:
            let smoother = GaussSeidel(controls: setup.linearSolvers.momentum)
            lastLinearSolves["x-velocity"] = smoother.solve(xMomentum, &xVelocity.values, on: mesh)
            lastLinearSolves["y-velocity"] = smoother.solve(yMomentum, &yVelocity.values, on: mesh)
        case .multigrid:
            let solver = MultigridSolver(
                controls: setup.linearSolvers.momentum, hierarchy: pressureHierarchy)
            lastLinearSolves["x-velocity"] = solver.solve(xMomentum, &xVelocity.values, on: mesh)
            lastLinearSolves["y-velocity"] = solver.solve(yMomentum, &yVelocity.values, on: mesh)
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

        let continuityScaled = normaliser.normalise(
            continuity, equation: FlowEquation.continuity.rawValue, iteration: iteration)
        residuals.append(
            EquationResidual(
                equation: FlowEquation.continuity.rawValue, unscaled: continuity,
                scaled: continuityScaled, normalised: continuityScaled))
        residuals.append(
            publish(.xVelocity, sums: xSums, diagonal: xUnrelaxed.diag, solved: xVelocity))
        residuals.append(
            publish(.yVelocity, sums: ySums, diagonal: yUnrelaxed.diag, solved: yVelocity))

        if setup.energyEnabled {
            var energy = energyEquation(outflow: netOutflow(faceFlux))
            let sums = energy.fluentResidual(temperature.values, on: mesh)
            let diagonal = energy.diag
            energy.relax(setup.underRelaxation.energy, previous: temperature.values)
            lastLinearSolves["energy"] = GaussSeidel(controls: setup.linearSolvers.energy)
                .solve(energy, &temperature.values, on: mesh)
            residuals.append(publish(.energy, sums: sums, diagonal: diagonal, solved: temperature))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
        return IterationRecord(
            iteration: iteration, residuals: residuals, reports: reportValues(),
            wallSeconds: seconds)
    }

    /// D = V/aP (SIMPLE) or V/(aP − Σ aN) (SIMPLEC) from the relaxed momentum matrices, aP the
    /// mean of the u and v diagonals. aP − Σ aN is kept ≥ 1e-3·aP. Also the Rhie-Chow
    /// coefficient V/aP from the unrelaxed diagonals.
    mutating func updateInverseDiagonal(
        _ x: FVMatrix, _ y: FVMatrix, unrelaxed xUnrelaxed: FVMatrix, _ yUnrelaxed: FVMatrix
    ) {
        var diagonal = [Double](repeating: 0, count: mesh.nCells)
        for c in 0..<mesh.nCells { diagonal[c] = 0.5 * (x.diag[c] + y.diag[c]) }
        if setup.coupling == .simplec {
            var consistent = diagonal
            for f in 0..<mesh.nInternalFaces {
                consistent[mesh.owner[f]] += 0.5 * (x.upper[f] + y.upper[f])
                consistent[mesh.neighbour[f]] += 0.5 * (x.lower[f] + y.lower[f])
            }
            for c in 0..<mesh.nCells { diagonal[c] = max(consistent[c], 1e-3 * diagonal[c]) }
        }
        for c in 0..<mesh.nCells { momentumInverseDiagonal[c] = mesh.cellVolumes[c] / diagonal[c] }
        for c in 0..<mesh.nCells {
            rhieChowInverseDiagonal[c] =
                2 * mesh.cellVolumes[c] / (xUnrelaxed.diag[c] + yUnrelaxed.diag[c])
        }
    }

    /// Scales and normalises one transport equation's residual sums.
    mutating func publish(
        _ equation: FlowEquation, sums: (unscaled: Double, scale: Double), diagonal: [Double],
        solved field: ScalarField
    ) -> EquationResidual {
        var scale = sums.scale
        if scale == 0 {
            scale = zip(diagonal, field.values).reduce(0) { $0 + abs($1.0 * $1.1) }
        }
        let scaled = scale > 0 ? sums.unscaled / scale : sums.unscaled
        let normalised = normaliser.normalise(
            scaled, equation: equation.rawValue, iteration: iteration)
        return EquationResidual(
            equation: equation.rawValue, unscaled: sums.unscaled, scaled: scaled,
            normalised: normalised)
    }
}
