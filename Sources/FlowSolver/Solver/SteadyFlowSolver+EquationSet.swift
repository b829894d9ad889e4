/// The equation set as data, known before a solver exists (the command tree needs it to list
/// per-equation settings before a mesh is built).
extension SteadyFlowSolver {
    /// The equations solved for `setup` on a mesh of `dimension` (2 or 3), in publishing order:
    /// continuity, one momentum equation per velocity component, then the other transport
    /// equations of the models switched on (energy, then the turbulence model's: k, omega).
    public static func equations(for setup: CaseSetup, dimension: Int) -> [FlowEquation] {
        [.continuity] + FlowEquation.momentum.prefix(dimension)
            + (setup.energyEnabled ? [.energy] : []) + setup.viscousModel.equations
    }
}
