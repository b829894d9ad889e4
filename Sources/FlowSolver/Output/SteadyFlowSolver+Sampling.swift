import FiniteVolume

extension SteadyFlowSolver {
    /// The solved field called `name` with its boundary conditions (`x-velocity`,
    /// `y-velocity`, `z-velocity` in 3-D, `pressure`, `temperature`, `turb-kinetic-energy`,
    /// `specific-diss-rate`, `viscosity-turb`).
    public func scalarField(named name: String) throws -> ScalarField {
        if let component = FlowEquation(rawValue: name)?.velocityComponent,
            component < velocity.count
        {
            return velocity[component]
        }
        switch name {
        case "pressure": return pressure
        case "temperature": return temperature
        case "turb-kinetic-energy": return turbulentKineticEnergy
        case "specific-diss-rate": return specificDissipationRate
        case "viscosity-turb": return eddyViscosity
        default:
            throw FieldLookupError.unknownField(
                name, available: fieldNames.filter { $0 != "velocity-magnitude" })
        }
    }

    /// Values of field `name` at `points`. Inside the domain, linearly reconstructed from the
    /// containing cell: φ(x) = φ_C + ∇φ_C·(x − x_C), ∇φ by the case's gradient scheme with the
    /// boundary conditions. On a face where the boundary fixes the value (a wall's velocity, an
    /// inlet's profile, an outlet's pressure), that value, not an extrapolation from the cell
    /// centre; on a face whose value follows the cell (pressure on a wall, velocity at an
    /// outlet), the same linear reconstruction, which is second order where the face's own
    /// zero-gradient value φ_P is first order. Where faces meet (a domain corner or edge), the
    /// mean over them (the lid-driven cavity's top corners give half the lid speed). 2-D meshes
    /// ignore z.
    public func sample(_ name: String, at points: [Vector3]) throws -> [Double] {
        let field = try scalarField(named: name)
        return try points.map { point in
            guard let c = mesh.cell(containing: point) else {
                throw FieldLookupError.pointOutsideMesh(x: point.x, y: point.y, z: point.z)
            }
            var offset = point - mesh.cellCentres[c]
            if mesh.dimension == 2 { offset.z = 0 }
            let reconstructed = field.values[c] + gradient(of: field, cell: c).dot(offset)
            let boundaryFaces = mesh.boundaryFaces(of: c, through: point)
            guard !boundaryFaces.isEmpty else { return reconstructed }
            return boundaryFaces.reduce(0) { sum, f in
                let isFixed = field.boundary.valueInternal[f - mesh.nInternalFaces] == 0
                return sum + (isFixed ? field.boundaryValue(face: f, on: mesh) : reconstructed)
            } / Double(boundaryFaces.count)
        }
    }

    /// `count` ≥ 2 equally spaced points from `start` to `end`, ends included.
    public static func linePoints(from start: Vector3, to end: Vector3, count: Int) -> [Vector3] {
        (0..<count).map { k in
            let t = count > 1 ? Double(k) / Double(count - 1) : 0
            return start + t * (end - start)
        }
    }

    /// A line profile as CSV with header `x,y,FIELD` (`x,y,z,FIELD` on a 3-D mesh) and one row
    /// per point, `count` points from `start` to `end`, values as in `sample(_:at:)`.
    public func lineProfileCSV(
        _ name: String, from start: Vector3, to end: Vector3, count: Int
    ) throws -> String {
        let points = Self.linePoints(from: start, to: end, count: count)
        let values = try sample(name, at: points)
        let threeD = mesh.dimension == 3
        var csv = threeD ? "x,y,z,\(name)\n" : "x,y,\(name)\n"
        for (point, value) in zip(points, values) {
            csv +=
                threeD
                ? "\(point.x),\(point.y),\(point.z),\(value)\n" : "\(point.x),\(point.y),\(value)\n"
        }
        return csv
    }
}
