/// Fluent's `/report/reference-values`: the quantities force coefficients are scaled by, with
/// Fluent's defaults (standard air at 288.16 K, unit area, length, depth and speed). They change
/// reports only, never the solution.
///
/// Courant is 2-D and its forces are per metre of depth, so a coefficient is
/// C = F·depth / (½ ρ_ref U_ref² A_ref), as Fluent's 2-D coefficients are (its forces are the
/// per-depth forces times the reference depth).
public struct ReferenceValues: Sendable, Equatable {
    /// Reference area A_ref, m².
    public var area = 1.0
    /// Reference density ρ_ref, kg/m³.
    public var density = 1.225
    /// Reference depth of the 2-D domain, m.
    public var depth = 1.0
    /// Reference length, m (Fluent uses it for moments and the Reynolds number).
    public var length = 1.0
    /// Reference pressure, Pa.
    public var pressure = 0.0
    /// Reference temperature, K.
    public var temperature = 288.16
    /// Reference velocity U_ref, m/s.
    public var velocity = 1.0
    /// Reference dynamic viscosity, kg/(m s).
    public var viscosity = 1.7894e-5
    /// Report definitions made by Fluent's `drag`/`lift`/`force` types with `scaled yes`: their
    /// scaling follows these values when they change, as Fluent's do.
    public var scaledReports: Set<String> = []

    /// Fluent's defaults.
    public init() {}

    /// The quantities by Fluent's command names, in Fluent's (alphabetical) order.
    public static var quantities:
        [(name: String, units: String, keyPath: WritableKeyPath<Self, Double>)]
    {
        [
            ("area", "m^2", \.area), ("density", "kg/m^3", \.density), ("depth", "m", \.depth),
            ("length", "m", \.length), ("pressure", "Pa", \.pressure),
            ("temperature", "K", \.temperature), ("velocity", "m/s", \.velocity),
            ("viscosity", "kg/(m s)", \.viscosity),
        ]
    }

    /// What Courant's force coefficient divides ½ρU² by on a mesh of `dimension`: A_ref / depth
    /// (m; 2-D forces are per m depth), or A_ref (m²) in 3-D.
    public func coefficientArea(dimension: Int) -> Double { dimension == 2 ? area / depth : area }
}
