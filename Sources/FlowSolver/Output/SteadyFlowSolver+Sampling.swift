import FiniteVolume

extension SteadyFlowSolver {
    /// The solved field called `name` with its boundary conditions (`x-velocity`,
    /// `y-velocity`, `pressure`, `temperature`).
    public func scalarField(named name: String) throws -> ScalarField {
        switch name {
        case "x-velocity": return xVelocity
        case "y-velocity": return yVelocity
        case "pressure": return pressure
        case "temperature": return temperature
        default:
            throw FieldLookupError.unknownField(
                name, available: ["x-velocity", "y-velocity", "pressure", "temperature"])
        }
    }

    /// Values of field `name` at `points`. Inside the domain, linearly reconstructed from the
    /// containing cell: φ(x) = φ_C + ∇φ_C·(x − x_C), ∇φ by Green-Gauss with the boundary
    /// conditions. On the boundary, the boundary face's own value (a wall's velocity, an
    /// inlet's profile, the zero-gradient value at an outlet), not an extrapolation from the
    /// cell centre; at a domain corner, the mean of the two faces meeting there (the lid-driven
    /// cavity's top corners give half the lid speed).
    public func sample(_ name: String, at points: [Vector2]) throws -> [Double] {
        let field = try scalarField(named: name)
        let gradient = FVC.grad(field, on: mesh)
        let faces = mesh.cellFaces()
        return try points.map { point in
            guard let c = mesh.cell(containing: point, cellFaces: faces) else {
                throw FieldLookupError.pointOutsideMesh(x: point.x, y: point.y)
            }
            let boundaryFaces = mesh.boundaryFaces(of: c, through: point, cellFaces: faces)
            guard boundaryFaces.isEmpty else {
                return boundaryFaces.reduce(0) { $0 + field.boundaryValue(face: $1, on: mesh) }
                    / Double(boundaryFaces.count)
            }
            return field.values[c] + gradient[c].dot(point - mesh.cellCentres[c])
        }
    }

    /// `count` ≥ 2 equally spaced points from `start` to `end`, ends included.
    public static func linePoints(from start: Vector2, to end: Vector2, count: Int) -> [Vector2] {
        (0..<count).map { k in
            let t = count > 1 ? Double(k) / Double(count - 1) : 0
            return start + t * (end - start)
        }
    }

    /// A line profile as CSV with header `x,y,FIELD` and one row per point, `count` points
    /// from `start` to `end`, values as in `sample(_:at:)`.
    public func lineProfileCSV(
        _ name: String, from start: Vector2, to end: Vector2, count: Int
    ) throws -> String {
        let points = Self.linePoints(from: start, to: end, count: count)
        let values = try sample(name, at: points)
        var csv = "x,y,\(name)\n"
        for (point, value) in zip(points, values) { csv += "\(point.x),\(point.y),\(value)\n" }
        return csv
    }
}
