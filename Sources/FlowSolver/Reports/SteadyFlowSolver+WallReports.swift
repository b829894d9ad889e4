import FiniteVolume

/// Wall quantities of turbulent (and laminar) runs, per face of a wall patch: y+, the wall shear
/// stress magnitude and the skin-friction coefficient, as Fluent's `y-plus`,
/// `wall-shear` and `skin-friction-coef` wall fields.
extension SteadyFlowSolver {
    /// The wall fields `boundaryValues(_:patch:)` evaluates on wall patches.
    public static let wallFieldNames = ["y-plus", "wall-shear"]

    /// y+ = ρ·u_τ·y_P/μ on each face of a wall patch, in face order, with u_τ = √(|τ_w|/ρ) and
    /// y_P = 1/δ_f the normal distance of the wall cell's centre from the face.
    func wallYPlus(on patch: BoundaryPatch) -> [Double] {
        let rho = setup.fluid.density
        let mu = setup.fluid.viscosity
        return zip(patch.faces, wallShear(on: patch)).map { f, stress in
            let frictionVelocity = (stress.magnitude / rho).squareRoot()
            return rho * frictionVelocity / (mu * mesh.deltaCoefficients[f])
        }
    }

    /// The skin-friction coefficient C_f = τ_x/(½·ρ_ref·U_ref²) along a wall patch at the
    /// station `x` (m), τ_x the x component of the wall shear stress (positive along +x),
    /// interpolated linearly in x between the two face centres around `x`; outside the patch's
    /// range of face centres, the nearest face's value.
    ///
    /// - Throws: `FieldLookupError` when the patch is not a wall.
    public func skinFrictionCoefficient(
        patch name: String, x: Double, referenceDensity: Double, referenceVelocity: Double
    ) throws -> Double {
        let stations = try wallShearStress(patch: name).map { ($0.centre.x, $0.stress.x) }
            .sorted { $0.0 < $1.0 }
        guard let first = stations.first, let last = stations.last else { return .nan }
        let dynamicPressure = 0.5 * referenceDensity * referenceVelocity * referenceVelocity
        if x <= first.0 { return first.1 / dynamicPressure }
        if x >= last.0 { return last.1 / dynamicPressure }
        let upper = stations.firstIndex { $0.0 >= x } ?? stations.count - 1
        let (x0, t0) = stations[upper - 1]
        let (x1, t1) = stations[upper]
        let w = x1 > x0 ? (x - x0) / (x1 - x0) : 0
        return (t0 + w * (t1 - t0)) / dynamicPressure
    }
}
