/// The viscous model (Fluent `/define/models/viscous`).
public enum ViscousModel: String, Sendable, Equatable, Codable, CaseIterable {
    /// Laminar flow: molecular viscosity only.
    case laminar
    /// Menter's shear-stress-transport k-ω model (Menter, Kuntz & Langtry 2003; Fluent's
    /// `kw-sst`), resolved to the wall (ω fixed at Menter's wall value).
    case kOmegaSST = "kw-sst"

    /// The turbulence transport equations the model adds, in Fluent's residual order.
    public var equations: [FlowEquation] {
        switch self {
        case .laminar: []
        case .kOmegaSST: [.k, .omega]
        }
    }

    /// Whether the model adds an eddy viscosity.
    public var isTurbulent: Bool { self != .laminar }
}
