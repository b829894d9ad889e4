/// The flow role of one boundary face, resolved from its patch's `BoundaryCondition`.
enum BoundaryFaceKind: Sendable, Equatable {
    /// Impermeable: wall or symmetry (zero mass flux, zero-gradient pressure).
    case impermeable
    /// Fixed mass flux (velocity inlet).
    case inlet
    /// Fixed pressure, extrapolated velocity.
    case outlet
}
