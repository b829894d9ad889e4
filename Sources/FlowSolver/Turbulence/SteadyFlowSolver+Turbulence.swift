import FiniteVolume
import Foundation

/// Menter's SST k-ω model in its 2003 form (NASA Turbulence Modeling Resource, "SST-2003"),
/// incompressible, as Fluent's default `kw-sst`:
///
///     ∇·(ρUk) = P̃ − β*·ρ·ω·k + ∇·((μ + σ_k·μ_t)∇k)
///     ∇·(ρUω) = γ·ρ·P̃/μ_t − β·ρ·ω² + ∇·((μ + σ_ω·μ_t)∇ω) + (1 − F1)·2·ρ·σ_ω2·∇k·∇ω/ω
///     μ_t = ρ·a1·k / max(a1·ω, S·F2)
///
/// with P̃ = min(μ_t·S², 10·β*·ρ·k·ω) (production limiter), S² = 2·S_ij·S_ij, and the
/// coefficients blended by F1 = tanh(arg1⁴), arg1 = min(max(√k/(β*·ω·d), 500·ν/(d²·ω)),
/// 4·ρ·σ_ω2·k/(CD_kω·d²)), CD_kω = max(2·ρ·σ_ω2·∇k·∇ω/ω, 1e-10); F2 = tanh(arg2²),
/// arg2 = max(2·√k/(β*·ω·d), 500·ν/(d²·ω)); d the wall distance. γ·ρ·P̃/μ_t is written
/// γ·ρ·min(S², 10·β*·ω·max(a1·ω, S·F2)/a1), the same quantity with μ_t from k and ω, which
/// stays finite where k vanishes.
///
/// Positivity by construction: convection first-order (or bounded second-order) upwind with
/// the continuity-error term, so that aP = Σ aN; destruction implicit (β*·ρ·ω and β·ρ·ω on the
/// diagonal); production and the positive part of cross diffusion explicit, its negative part
/// implicit (−CD/ω on the diagonal); any other negative right-hand side moved to the diagonal
/// (`moveNegativeSourcesToDiagonal`); Gauss-Seidel solves. Walls: k = 0, and ω fixed at Menter's
/// wall value ω_w = 10·6·ν/(β1·y1²), y1 the wall distance of the first cell centre (valid for
/// y+ ≈ 1). Inlets: k and ω from the inlet's turbulence specification. Outlets and symmetry:
/// zero gradient (backflow through an outlet carries the cell's own k and ω).
extension SteadyFlowSolver {
    /// Menter's 2003 coefficients.
    static let sst = SSTCoefficients()

    /// The boundary faces of every patch with a wall condition, in face order.
    var wallFaces: [Int] {
        mesh.patches.flatMap { patch -> Range<Int> in
            guard case .wall = setup.boundaryConditions[patch.name] else { return 0..<0 }
            return patch.faces
        }
    }

    /// Resolves the k, ω and μ_t boundary conditions from the patches' conditions.
    mutating func applyTurbulenceBoundaryConditions() {
        var k = BoundaryCoefficients(zeroGradientOn: mesh)
        var omega = BoundaryCoefficients(zeroGradientOn: mesh)
        var nut = BoundaryCoefficients(zeroGradientOn: mesh)
        let fluid = setup.fluid
        let nu = fluid.viscosity / fluid.density
        for patch in mesh.patches {
            switch setup.boundaryConditions[patch.name] {
            case .wall:
                for f in patch.faces {
                    let y = 1 / mesh.deltaCoefficients[f]
                    k.setFixedValue(0, face: f, on: mesh)
                    omega.setFixedValue(60 * nu / (Self.sst.beta.0 * y * y), face: f, on: mesh)
                    nut.setFixedValue(0, face: f, on: mesh)
                }
            case .velocityInlet(let inlet):
                let kIn = inlet.turbulence.turbulentKineticEnergy(speed: inlet.meanSpeed)
                let omegaIn = inlet.turbulence.specificDissipationRate(
                    speed: inlet.meanSpeed, density: fluid.density, viscosity: fluid.viscosity)
                for f in patch.faces {
                    k.setFixedValue(kIn, face: f, on: mesh)
                    omega.setFixedValue(omegaIn, face: f, on: mesh)
                    nut.setFixedValue(
                        omegaIn > 0 ? fluid.density * kIn / omegaIn : 0, face: f, on: mesh)
                }
            case .pressureOutlet, .symmetry, nil:
                break
            }
        }
        turbulentKineticEnergy.boundary = k
        specificDissipationRate.boundary = omega
        eddyViscosity.boundary = nut
    }

    /// (nCells) ∇u_i for each velocity component i, by the case's gradient scheme.
    func velocityGradients() -> [[Vector3]] {
        velocity.map { gradient(of: $0) }
    }

    /// S² = 2·S_ij·S_ij per cell (1/s²) from the velocity gradients.
    func strainRateSquared(_ gradients: [[Vector3]]) -> [Double] {
        (0..<mesh.nCells).map { c in
            var sum = 0.0
            for i in gradients.indices {
                for j in gradients.indices {
                    let s = 0.5 * (gradients[i][c][j] + gradients[j][c][i])
                    sum += s * s
                }
            }
            return 2 * sum
        }
    }

    /// Computes this iteration's SST terms (F1, S², P̃, cross diffusion) from the current
    /// velocity, k, ω and μ_t.
    mutating func prepareTurbulence() {
        let rho = setup.fluid.density
        let nu = setup.fluid.viscosity / rho
        let sst = Self.sst
        let strain = strainRateSquared(velocityGradients())
        let gradK = gradient(of: turbulentKineticEnergy)
        let gradOmega = gradient(of: specificDissipationRate)
        let k = turbulentKineticEnergy.values
        let omega = specificDissipationRate.values
        let nut = eddyViscosity.values
        var terms = SSTTerms(
            f1: [], strainRateSquared: strain, production: [], crossDiffusion: [])
        terms.f1.reserveCapacity(mesh.nCells)
        for c in 0..<mesh.nCells {
            let w = max(omega[c], 1e-30)
            let d = wallDistance[c]
            let gradients = gradK[c].dot(gradOmega[c])
            let cdkw = max(2 * rho * sst.sigmaOmega.1 * gradients / w, 1e-10)
            let turbulent = max(k[c], 0).squareRoot() / (sst.betaStar * w * d)
            let viscous = 500 * nu / (d * d * w)
            let arg1 = min(
                max(turbulent, viscous), 4 * rho * sst.sigmaOmega.1 * k[c] / (cdkw * d * d))
            let f1 = tanh(arg1 * arg1 * arg1 * arg1)
            terms.f1.append(f1)
            terms.production.append(
                min(nut[c] * strain[c], sst.productionLimiter * sst.betaStar * rho * k[c] * w))
            terms.crossDiffusion.append((1 - f1) * 2 * rho * sst.sigmaOmega.1 * gradients / w)
        }
        turbulenceTerms = terms
    }

    /// (nFaces) face diffusivity μ + σ·μ_t of k or ω, σ blended by F1 per cell and
    /// interpolated linearly; boundary faces take μ plus the boundary value of σ·μ_t (μ at
    /// walls, where μ_t = 0).
    func turbulentDiffusivity(sigma: (Double, Double), f1: [Double]) -> [Double] {
        var scaled = eddyViscosity
        for c in 0..<mesh.nCells { scaled.values[c] *= Self.sst.blend(sigma, f1[c]) }
        for f in mesh.nInternalFaces..<mesh.nFaces {
            scaled.boundary.valueBoundary[f - mesh.nInternalFaces] *= Self.sst.blend(
                sigma, f1[mesh.owner[f]])
        }
        let mu = setup.fluid.viscosity
        return FVC.interpolate(scaled, on: mesh).map { mu + $0 }
    }

    /// The unrelaxed k equation (W, per m depth in 2-D), see the extension's documentation.
    func turbulentKineticEnergyEquation(terms: SSTTerms) -> FVMatrix {
        let rho = setup.fluid.density
        let omega = specificDissipationRate.values
        var matrix = boundedTransport(
            turbulentKineticEnergy, scheme: setup.schemes.turbulentKineticEnergy,
            diffusivity: turbulentDiffusivity(sigma: Self.sst.sigmaK, f1: terms.f1))
        for c in 0..<mesh.nCells {
            let volume = mesh.cellVolumes[c]
            matrix.source[c] += terms.production[c] * volume
            matrix.diag[c] += Self.sst.betaStar * rho * omega[c] * volume
        }
        return matrix
    }

    /// The unrelaxed ω equation (kg/(m³·s²)·m³, per m depth in 2-D), see the extension's
    /// documentation.
    func specificDissipationRateEquation(terms: SSTTerms) -> FVMatrix {
        let rho = setup.fluid.density
        let sst = Self.sst
        let nu = setup.fluid.viscosity / rho
        let k = turbulentKineticEnergy.values
        let omega = specificDissipationRate.values
        var matrix = boundedTransport(
            specificDissipationRate, scheme: setup.schemes.specificDissipationRate,
            diffusivity: turbulentDiffusivity(sigma: sst.sigmaOmega, f1: terms.f1))
        for c in 0..<mesh.nCells {
            let volume = mesh.cellVolumes[c]
            let f1 = terms.f1[c]
            let w = max(omega[c], 1e-30)
            let strain = terms.strainRateSquared[c].squareRoot()
            let f2 = blendingF2(k: k[c], omega: w, distance: wallDistance[c], nu: nu)
            let limited = sst.productionLimiter * sst.betaStar * w * max(sst.a1 * w, strain * f2)
            let production = min(terms.strainRateSquared[c], limited / sst.a1)
            matrix.source[c] += sst.blend(sst.gamma, f1) * rho * production * volume
            matrix.diag[c] += sst.blend(sst.beta, f1) * rho * omega[c] * volume
            let cross = terms.crossDiffusion[c]
            if cross > 0 {
                matrix.source[c] += cross * volume
            } else {
                matrix.diag[c] -= cross / w * volume
            }
        }
        return matrix
    }

    /// Convection (the case's scheme, bounded by the continuity-error term) minus diffusion
    /// with the given face diffusivity (non-orthogonal correction on non-orthogonal faces).
    func boundedTransport(_ field: ScalarField, scheme: ConvectionScheme, diffusivity: [Double])
        -> FVMatrix
    {
        let secondOrder = scheme == .secondOrderUpwind
        let nonOrthogonal = !mesh.nonOrthogonalFaces.isEmpty
        let fieldGradient = secondOrder || nonOrthogonal ? gradient(of: field) : []
        return FVM.div(
            faceFlux, field, scheme: scheme, gradient: secondOrder ? fieldGradient : [],
            on: mesh)
            - FVM.laplacian(
                diffusivity, field, gradient: nonOrthogonal ? fieldGradient : [], on: mesh)
            - FVM.implicitSource(netOutflow(faceFlux), on: mesh)
    }

    /// F2 = tanh(arg2²), arg2 = max(2·√k/(β*·ω·d), 500·ν/(d²·ω)).
    func blendingF2(k: Double, omega: Double, distance d: Double, nu: Double) -> Double {
        let arg2 = max(
            2 * max(k, 0).squareRoot() / (Self.sst.betaStar * omega * d), 500 * nu / (d * d * omega)
        )
        return tanh(arg2 * arg2)
    }

    /// μ_t ← μ_t + α·(ρ·a1·k/max(a1·ω, S·F2) − μ_t), α the turbulent-viscosity relaxation;
    /// then the face viscosities μ + μ_t.
    mutating func updateEddyViscosity(strainRateSquared: [Double]) {
        let rho = setup.fluid.density
        let nu = setup.fluid.viscosity / rho
        let alpha = setup.underRelaxation.turbulentViscosity
        let a1 = Self.sst.a1
        for c in 0..<mesh.nCells {
            let k = turbulentKineticEnergy.values[c]
            let omega = max(specificDissipationRate.values[c], 1e-30)
            let strain = strainRateSquared[c].squareRoot()
            let f2 = blendingF2(k: k, omega: omega, distance: wallDistance[c], nu: nu)
            let target = rho * a1 * k / max(a1 * omega, strain * f2)
            eddyViscosity.values[c] += alpha * (target - eddyViscosity.values[c])
        }
        refreshFaceViscosity()
    }

    /// μ_t = ρ·k/ω from the initial k and ω (no strain yet), or zero when laminar.
    mutating func initializeEddyViscosity() {
        let rho = setup.fluid.density
        for c in 0..<mesh.nCells {
            eddyViscosity.values[c] =
                setup.viscousModel.isTurbulent
                ? rho * turbulentKineticEnergy.values[c]
                    / max(specificDissipationRate.values[c], 1e-30) : 0
        }
        refreshFaceViscosity()
    }

    /// `faceViscosity` = μ + μ_t at every face (μ_t interpolated linearly, zero at walls).
    mutating func refreshFaceViscosity() {
        let mu = setup.fluid.viscosity
        guard setup.viscousModel.isTurbulent else {
            faceViscosity = Array(repeating: mu, count: mesh.nFaces)
            return
        }
        faceViscosity = FVC.interpolate(eddyViscosity, on: mesh).map { mu + $0 }
    }

    /// Computes the wall distance when a turbulence model needs it and the walls changed since
    /// it was last computed.
    mutating func prepareWallDistance() {
        let walls = wallFaces
        guard setup.viscousModel.isTurbulent, wallDistance.isEmpty || walls != wallDistanceFaces
        else { return }
        wallDistance = mesh.wallDistance(wallFaces: walls)
        wallDistanceFaces = walls
    }
}
