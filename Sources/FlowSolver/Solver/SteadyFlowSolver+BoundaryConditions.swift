import FiniteVolume

extension SteadyFlowSolver {
    /// Resolves every patch's `BoundaryCondition` into per-face coefficients for u, v, p, p'
    /// and T, the face kind and the fixed inlet fluxes.
    ///
    /// Symmetry is exact for patches aligned with x or y (normal velocity component fixed at
    /// zero, tangential component zero gradient); on an oblique patch both components are
    /// zero gradient and only the zero mass flux holds.
    mutating func applyBoundaryConditions() {
        let nInternal = mesh.nInternalFaces
        boundaryKinds = Array(repeating: .impermeable, count: mesh.nBoundaryFaces)
        var u = BoundaryCoefficients(zeroGradientOn: mesh)
        var v = BoundaryCoefficients(zeroGradientOn: mesh)
        var p = BoundaryCoefficients(zeroGradientOn: mesh)
        var pCorrection = BoundaryCoefficients(zeroGradientOn: mesh)
        var t = BoundaryCoefficients(zeroGradientOn: mesh)
        inletFlux = Array(repeating: 0, count: mesh.nFaces)
        let density = setup.fluid.density
        for patch in mesh.patches {
            guard let condition = setup.boundaryConditions[patch.name] else { continue }
            let inletSpeeds = Self.inletSpeeds(condition, patch: patch, on: mesh)
            for (k, f) in patch.faces.enumerated() {
                let normal = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
                switch condition {
                case .wall(let wall):
                    let tangential = wall.velocity - wall.velocity.dot(normal) * normal
                    u.setFixedValue(tangential.x, face: f, on: mesh)
                    v.setFixedValue(tangential.y, face: f, on: mesh)
                    switch wall.thermal {
                    case .adiabatic: break
                    case .temperature(let value): t.setFixedValue(value, face: f, on: mesh)
                    case .heatFlux(let flux):
                        t.setFixedGradient(
                            flux / setup.fluid.thermalConductivity, face: f, on: mesh)
                    }
                case .velocityInlet(let inlet):
                    let velocity = -inletSpeeds[k] * normal
                    u.setFixedValue(velocity.x, face: f, on: mesh)
                    v.setFixedValue(velocity.y, face: f, on: mesh)
                    t.setFixedValue(inlet.temperature, face: f, on: mesh)
                    boundaryKinds[f - nInternal] = .inlet
                    inletFlux[f] = density * velocity.dot(mesh.faceAreas[f])
                case .pressureOutlet(let outlet):
                    p.setFixedValue(outlet.gaugePressure, face: f, on: mesh)
                    pCorrection.setFixedValue(0, face: f, on: mesh)
                    boundaryKinds[f - nInternal] = .outlet
                case .symmetry:
                    if abs(normal.x) > 1 - 1e-9 { u.setFixedValue(0, face: f, on: mesh) }
                    if abs(normal.y) > 1 - 1e-9 { v.setFixedValue(0, face: f, on: mesh) }
                }
            }
        }
        xVelocity.boundary = u
        yVelocity.boundary = v
        pressure.boundary = p
        pressureCorrectionBoundary = pCorrection
        temperature.boundary = t
    }

    /// Face-averaged inlet speeds (m/s, into the domain) for the faces of `patch`, in order.
    /// The parabolic profile 6·U·s·(L − s)/L² is averaged exactly over each face, so the patch
    /// carries exactly ρ·U·L.
    static func inletSpeeds(_ condition: BoundaryCondition, patch: BoundaryPatch, on mesh: Mesh)
        -> [Double]
    {
        guard case .velocityInlet(let inlet) = condition else { return [] }
        let speed = inlet.meanSpeed
        guard inlet.profile == .parabolic, patch.count > 0 else {
            return Array(repeating: speed, count: patch.count)
        }
        let first = patch.start
        let tangent = Vector2(-mesh.faceAreas[first].y, mesh.faceAreas[first].x)
        let direction = (1 / tangent.magnitude) * tangent
        let along = { (point: Int) in mesh.points[point].dot(direction) }
        var low = Double.infinity
        var high = -Double.infinity
        for f in patch.faces {
            for s in [along(mesh.facePointA[f]), along(mesh.facePointB[f])] {
                low = min(low, s)
                high = max(high, s)
            }
        }
        let length = high - low
        return patch.faces.map { f in
            let a = along(mesh.facePointA[f]) - low
            let b = along(mesh.facePointB[f]) - low
            let mean = 0.5 * (a + b) * length - (a * a + a * b + b * b) / 3
            return 6 * speed * mean / (length * length)
        }
    }
}
