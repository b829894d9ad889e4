import FiniteVolume

extension SteadyFlowSolver {
    /// Resolves every patch's `BoundaryCondition` into per-face coefficients for each velocity
    /// component, p, p' and T, the face kind and the fixed inlet fluxes.
    ///
    /// Walls fix the velocity to the wall velocity's tangential part; velocity inlets to
    /// −speed·n̂ (normal to the face, into the domain). Symmetry makes the face velocity the
    /// cell velocity's tangential part, u_b = u_P − (u_P·n̂)·n̂, with zero normal gradient of the
    /// tangential part: on a patch normal to an axis that is a zero value of the normal
    /// component and zero gradient of the others; on an oblique patch each component's boundary
    /// value also depends on the other components, refreshed every iteration
    /// (`refreshObliqueSymmetry`).
    mutating func applyBoundaryConditions() {
        let nInternal = mesh.nInternalFaces
        boundaryKinds = Array(repeating: .impermeable, count: mesh.nBoundaryFaces)
        var u = [BoundaryCoefficients](
            repeating: BoundaryCoefficients(zeroGradientOn: mesh), count: velocity.count)
        var p = BoundaryCoefficients(zeroGradientOn: mesh)
        var pCorrection = BoundaryCoefficients(zeroGradientOn: mesh)
        var t = BoundaryCoefficients(zeroGradientOn: mesh)
        inletFlux = Array(repeating: 0, count: mesh.nFaces)
        obliqueSymmetry = []
        let density = setup.fluid.density
        for patch in mesh.patches {
            guard let condition = setup.boundaryConditions[patch.name] else { continue }
            let inletSpeeds = Self.inletSpeeds(condition, patch: patch, on: mesh)
            for (k, f) in patch.faces.enumerated() {
                let normal = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
                switch condition {
                case .wall(let wall):
                    let tangential = wall.velocity - wall.velocity.dot(normal) * normal
                    for c in u.indices { u[c].setFixedValue(tangential[c], face: f, on: mesh) }
                    switch wall.thermal {
                    case .adiabatic: break
                    case .temperature(let value): t.setFixedValue(value, face: f, on: mesh)
                    case .heatFlux(let flux):
                        t.setFixedGradient(
                            flux / setup.fluid.thermalConductivity, face: f, on: mesh)
                    }
                case .velocityInlet(let inlet):
                    let inflow = -inletSpeeds[k] * normal
                    for c in u.indices { u[c].setFixedValue(inflow[c], face: f, on: mesh) }
                    t.setFixedValue(inlet.temperature, face: f, on: mesh)
                    boundaryKinds[f - nInternal] = .inlet
                    inletFlux[f] = density * inflow.dot(mesh.faceAreas[f])
                case .pressureOutlet(let outlet):
                    p.setFixedValue(outlet.gaugePressure, face: f, on: mesh)
                    pCorrection.setFixedValue(0, face: f, on: mesh)
                    boundaryKinds[f - nInternal] = .outlet
                case .symmetry:
                    let aligned = (0..<u.count).contains { abs(normal[$0]) > 1 - 1e-9 }
                    if aligned {
                        for c in u.indices where abs(normal[c]) > 1 - 1e-9 {
                            u[c].setFixedValue(0, face: f, on: mesh)
                        }
                    } else {
                        obliqueSymmetry.append((f, normal))
                    }
                }
            }
        }
        for c in velocity.indices { velocity[c].boundary = u[c] }
        pressure.boundary = p
        pressureCorrectionBoundary = pCorrection
        temperature.boundary = t
        applyTurbulenceBoundaryConditions()
        refreshObliqueSymmetry()
    }

    /// Sets each velocity component c on the oblique symmetry faces to
    /// u_b,c = (1 − n_c²)·u_P,c − n_c·Σ_{j≠c} n_j·u_P,j (the cell velocity's tangential part),
    /// the other components' values taken from the current solution.
    mutating func refreshObliqueSymmetry() {
        for (f, normal) in obliqueSymmetry {
            let cell = mesh.owner[f]
            for c in velocity.indices {
                var others = 0.0
                for j in velocity.indices where j != c {
                    others += normal[j] * velocity[j].values[cell]
                }
                velocity[c].boundary.setLinear(
                    1 - normal[c] * normal[c], -normal[c] * others, face: f, on: mesh)
            }
        }
    }

    /// Face-averaged inlet speeds (m/s, into the domain) for the faces of `patch`, in order.
    ///
    /// A parabolic profile is averaged exactly over each face, so the patch carries exactly
    /// ρ·U·A (A its area): in 2-D the profile 6·U·s·(L − s)/L² integrated along each edge; in 3-D
    /// the product of two parabolas across the patch's rectangular extent in its plane,
    /// integrated over each face's triangles (x_i, x_{i+1}, x̄) by a degree-4 rule, exact for it.
    static func inletSpeeds(_ condition: BoundaryCondition, patch: BoundaryPatch, on mesh: Mesh)
        -> [Double]
    {
        guard case .velocityInlet(let inlet) = condition else { return [] }
        let speed = inlet.meanSpeed
        guard inlet.profile == .parabolic, patch.count > 0 else {
            return Array(repeating: speed, count: patch.count)
        }
        if mesh.dimension == 3 {
            return InletPatchPlane(patch: patch, on: mesh).parabolicSpeeds(
                patch: patch, meanSpeed: speed, on: mesh)
        }
        let first = patch.start
        let tangent = Vector3(-mesh.faceAreas[first].y, mesh.faceAreas[first].x, 0)
        let direction = (1 / tangent.magnitude) * tangent
        let along = { (point: Int) in mesh.points[point].dot(direction) }
        var low = Double.infinity
        var high = -Double.infinity
        for f in patch.faces {
            for point in mesh.points(ofFace: f) {
                low = min(low, along(point))
                high = max(high, along(point))
            }
        }
        let length = high - low
        return patch.faces.map { f in
            let ends = mesh.points(ofFace: f)
            let a = along(ends[ends.startIndex]) - low
            let b = along(ends[ends.startIndex + 1]) - low
            let mean = 0.5 * (a + b) * length - (a * a + a * b + b * b) / 3
            return 6 * speed * mean / (length * length)
        }
    }
}
