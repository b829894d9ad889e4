import FiniteVolume

extension SteadyFlowSolver {
    /// Evaluates one report quantity on the current solution.
    ///
    /// - Throws: `FieldLookupError` for a field, patch or point the case does not have, or a
    ///   force/shear/Nusselt report on a patch that is not a wall.
    public func evaluate(_ quantity: ReportDefinition.Quantity) throws -> Double {
        switch quantity {
        case .pointValue(let field, let point):
            return try sample(field, at: [point])[0]
        case .areaWeightedAverage(let field, let name):
            let patch = try boundaryPatch(name)
            let values = try boundaryValues(field, patch: patch)
            let areas = patch.faces.map { mesh.faceAreaMagnitudes[$0] }
            return zip(values, areas).reduce(0) { $0 + $1.0 * $1.1 } / areas.reduce(0, +)
        case .massWeightedAverage(let field, let name):
            let patch = try boundaryPatch(name)
            let values = try boundaryValues(field, patch: patch)
            let weights = patch.faces.map { abs(faceFlux[$0]) }
            return zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
        case .massFlowRate(let name):
            return try massFlowRate(patch: name)
        case .force(let patches, let direction):
            return try wallForce(patches: patches).dot((1 / direction.magnitude) * direction)
        case .forceCoefficient(let patches, let direction, let density, let speed, let area):
            let force = try wallForce(patches: patches).dot((1 / direction.magnitude) * direction)
            return force / (0.5 * density * speed * speed * area)
        case .averageNusselt(let name, let length, let difference):
            return try averageNusselt(
                patch: name, referenceLength: length, temperatureDifference: difference)
        case .reattachmentPoint(let name):
            return try reattachmentPoint(patch: name)
        case .skinFrictionCoefficient(let name, let x, let density, let speed):
            return try skinFrictionCoefficient(
                patch: name, x: x, referenceDensity: density, referenceVelocity: speed)
        }
    }

    /// Mass flow rate through a patch, Σ F_f, kg/s (per m depth in 2-D), positive leaving the
    /// domain.
    public func massFlowRate(patch name: String) throws -> Double {
        try boundaryPatch(name).faces.reduce(0) { $0 + faceFlux[$1] }
    }

    /// Force of the fluid on wall patches, N (per m depth in 2-D): the sum over the patches of
    /// `wallForceParts(patch:)`, pressure plus viscous.
    public func wallForce(patches names: [String]) throws -> Vector3 {
        try names.reduce(Vector3.zero) { total, name in
            let parts = try wallForceParts(patch: name)
            return total + parts.pressure + parts.viscous
        }
    }

    /// Force of the fluid on one wall patch, N (per m depth in 2-D), split as Fluent's force
    /// reports: pressure Σ_f p_f·Sf and viscous Σ_f τ_f·|Sf| (`wallShearStress(patch:)`). p_f is
    /// the pressure reconstructed at the face centre, p_P + ∇p_P·(x_f − x_P), second order where
    /// the zero-gradient boundary value p_P would be first order.
    public func wallForceParts(patch name: String) throws -> (pressure: Vector3, viscous: Vector3) {
        let patch = try wallPatch(name)
        let shear = wallShear(on: patch)
        var pressureForce = Vector3.zero
        var viscousForce = Vector3.zero
        for (k, f) in patch.faces.enumerated() {
            let c = mesh.owner[f]
            let wallPressure =
                pressure.values[c]
                + gradient(of: pressure, cell: c).dot(mesh.faceCentres[f] - mesh.cellCentres[c])
            pressureForce = pressureForce + wallPressure * mesh.faceAreas[f]
            viscousForce = viscousForce + mesh.faceAreaMagnitudes[f] * shear[k]
        }
        return (pressureForce, viscousForce)
    }

    /// Wall shear stress vector on each face of a wall patch, Pa, in face order: the stress the
    /// fluid exerts on the wall, τ = μ·δ·(u_P − u_wall)_t, the tangential part of the velocity
    /// relative to the wall over the normal distance from the cell centre.
    public func wallShearStress(patch name: String) throws -> [(centre: Vector3, stress: Vector3)] {
        let patch = try wallPatch(name)
        return zip(patch.faces, wallShear(on: patch)).map { (mesh.faceCentres[$0], $1) }
    }

    /// τ of every face of `patch`, in face order (see `wallShearStress(patch:)`).
    func wallShear(on patch: BoundaryPatch) -> [Vector3] {
        patch.faces.map { f in
            let c = mesh.owner[f]
            let normal = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
            var slip = Vector3.zero
            for k in velocity.indices {
                slip[k] = velocity[k].values[c] - velocity[k].boundaryValue(face: f, on: mesh)
            }
            let tangential = slip - slip.dot(normal) * normal
            return (setup.fluid.viscosity * mesh.deltaCoefficients[f]) * tangential
        }
    }

    /// Area-averaged heat flux into the fluid on a wall, q = k·∂T/∂n (n out of the fluid),
    /// made dimensionless: Nu = q̄·L / (k·ΔT).
    public func averageNusselt(
        patch name: String, referenceLength: Double, temperatureDifference: Double
    ) throws -> Double {
        let patch = try wallPatch(name)
        var heat = 0.0
        var area = 0.0
        for f in patch.faces {
            let b = f - mesh.nInternalFaces
            let gradient =
                temperature.boundary.gradientInternal[b] * temperature.values[mesh.owner[f]]
                + temperature.boundary.gradientBoundary[b]
            heat += setup.fluid.thermalConductivity * gradient * mesh.faceAreaMagnitudes[f]
            area += mesh.faceAreaMagnitudes[f]
        }
        return heat / area * referenceLength
            / (setup.fluid.thermalConductivity * temperatureDifference)
    }

    /// x of the last negative-to-positive change of the wall shear stress along +x on a patch,
    /// going downstream (faces sorted by centre x), linearly interpolated between face centres;
    /// NaN if there is none.
    public func reattachmentPoint(patch name: String) throws -> Double {
        let shear = try wallShearStress(patch: name).map { (x: $0.centre.x, stress: $0.stress.x) }
            .sorted { $0.x < $1.x }
        var crossing = Double.nan
        for (a, b) in zip(shear, shear.dropFirst()) where a.stress < 0 && b.stress >= 0 {
            crossing = a.x + (b.x - a.x) * (-a.stress) / (b.stress - a.stress)
        }
        return crossing
    }

    func boundaryPatch(_ name: String) throws -> BoundaryPatch {
        guard let patch = mesh.patch(named: name) else {
            throw FieldLookupError.unknownPatch(name, available: mesh.patches.map(\.name))
        }
        return patch
    }

    func wallPatch(_ name: String) throws -> BoundaryPatch {
        let patch = try boundaryPatch(name)
        guard case .wall = setup.boundaryConditions[name] else {
            throw FieldLookupError.notAWall(name)
        }
        return patch
    }

    func boundaryValues(_ field: String, patch: BoundaryPatch) throws -> [Double] {
        if field == "velocity-magnitude" {
            return patch.faces.map { f in
                velocity.reduce(0) {
                    let value = $1.boundaryValue(face: f, on: mesh)
                    return $0 + value * value
                }.squareRoot()
            }
        }
        if Self.wallFieldNames.contains(field) {
            let wall = try wallPatch(patch.name)
            return field == "y-plus"
                ? wallYPlus(on: wall) : wallShear(on: wall).map(\.magnitude)
        }
        let scalar = try scalarField(named: field)
        return patch.faces.map { scalar.boundaryValue(face: $0, on: mesh) }
    }

    /// Checks every definition evaluates on the current solution, then attaches them so that
    /// `iterate()` fills `IterationRecord.reports` in this order.
    public mutating func attach(reports definitions: [ReportDefinition]) throws {
        for definition in definitions { _ = try evaluate(definition.quantity) }
        reportDefinitions = definitions
    }

    /// Values of the attached report definitions (NaN for one that fails to evaluate).
    public func reportValues() -> [ReportValue] {
        reportDefinitions.map { definition in
            ReportValue(
                name: definition.name, value: (try? evaluate(definition.quantity)) ?? .nan)
        }
    }
}
