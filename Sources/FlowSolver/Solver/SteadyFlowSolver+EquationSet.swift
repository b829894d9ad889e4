/// The equation set as data, known before a solver exists (the command tree needs it to list
/// per-equation settings before a mesh is built).
extension SteadyFlowSolver {
    /// The equations solved for `setup`, in publishing order (continuity first).
    public static func equations(for setup: CaseSetup) -> [FlowEquation] {
        FlowEquation.allCases.filter { $0 != .energy || setup.energyEnabled }
    }
}
