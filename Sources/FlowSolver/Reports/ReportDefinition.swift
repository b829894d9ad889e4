import FiniteVolume

/// A named quantity evaluated on the current solution after every iteration (Fluent
/// `/solve/report-definitions`). Values are SI; extensive ones are per metre of depth on a
/// plane (2-D) mesh.
public struct ReportDefinition: Sendable, Equatable {
    /// Name shown in monitors and stored in the run history.
    public var name: String
    /// What is evaluated.
    public var quantity: Quantity

    /// A definition called `name` evaluating `quantity`.
    public init(name: String, quantity: Quantity) {
        self.name = name
        self.quantity = quantity
    }

    /// The quantities a report can evaluate.
    public enum Quantity: Sendable, Equatable {
        /// Field value at a point, linearly reconstructed in the containing cell (z ignored on a
        /// plane mesh).
        case pointValue(field: String, point: Vector3)
        /// Σ φ_f·|Sf| / Σ |Sf| over a patch.
        case areaWeightedAverage(field: String, patch: String)
        /// Σ φ_f·|F_f| / Σ |F_f| over a patch.
        case massWeightedAverage(field: String, patch: String)
        /// Σ F_f over a patch, kg/s (per m depth in 2-D), positive out of the domain.
        case massFlowRate(patch: String)
        /// Force of the fluid on wall patches along `direction` (normalised), pressure plus
        /// viscous, N (per m depth in 2-D).
        case force(patches: [String], direction: Vector3)
        /// The force above divided by ½·ρ_ref·U_ref²·A_ref (dimensionless). A_ref in m²; on a
        /// plane mesh, per m depth, so it is the reference length (Fluent's area of a 2-D case).
        case forceCoefficient(
            patches: [String], direction: Vector3, referenceDensity: Double,
            referenceVelocity: Double, referenceArea: Double)
        /// Area-averaged wall heat flux into the fluid times L_ref/(k·ΔT_ref).
        case averageNusselt(patch: String, referenceLength: Double, temperatureDifference: Double)
        /// x (m) of the last point where the wall shear stress along +x turns from negative to
        /// positive going downstream on a patch (reattachment); NaN when it never does.
        case reattachmentPoint(patch: String)
        /// Skin-friction coefficient τ_x/(½·ρ_ref·U_ref²) on a wall patch at station x (m),
        /// interpolated between face centres (`skinFrictionCoefficient(patch:x:…)`).
        case skinFrictionCoefficient(
            patch: String, x: Double, referenceDensity: Double, referenceVelocity: Double)
    }
}
