import FlowSolver
import Monitoring

/// Every setting of a case, as plain data: what the command tree reads and writes, what
/// `/file/write-case` writes and what the history stores. The solver's `CaseSetup` is derived
/// from it (`solverSetup`), never edited directly.
public struct CaseSettings: Sendable, Equatable {
    /// `/file/case-name`: the name runs are logged under.
    public var caseName = "untitled"
    /// `/mesh/...`.
    public var mesh = MeshSpecification()
    /// `/define/boundary-conditions/...` by patch name; a patch not listed is a stationary,
    /// adiabatic wall (Fluent's default zone type for an unnamed boundary).
    public var patches: [String: PatchSettings] = [:]
    /// `/define/...` and `/solve/set/...` fields other than boundary conditions.
    public var setup = CaseSetup()
    /// `/solve/monitors/residual/...`.
    public var residualMonitors: ResidualMonitorSettings
    /// `/solve/monitors/residual/print?`: print the residual table while iterating.
    public var printsResiduals = true
    /// `/solve/monitors/stall/...`.
    public var stallDetection = StallDetectionSettings()
    /// `/solve/convergence-conditions/...`.
    public var convergenceConditions = ConvergenceConditionSettings()
    /// `/solve/report-definitions/...`, in definition order.
    public var reportDefinitions: [ReportDefinition] = []
    /// `/solve/report-definitions/print-in-console?`: print report values as table columns.
    public var printsReports = true
    /// `/solve/report-files/...`.
    public var reportFiles: [ReportFileSpecification] = []
    /// `/report/reference-values/...`: the scaling of force coefficients.
    public var referenceValues = ReferenceValues()

    /// A new case with Fluent's defaults: the default mesh, every patch a stationary adiabatic
    /// wall, and residual monitors for the equations of the default models.
    public init() {
        residualMonitors = ResidualMonitorSettings(equations: [])
        residualMonitors.synchronise(with: equations)
    }

    /// The equations the solver will solve with these settings, in publishing order.
    public var equations: [String] {
        SteadyFlowSolver.equations(for: setup, dimension: mesh.dimension).map(\.rawValue)
    }

    /// Equal when every setting is equal; a patch never configured equals one set to defaults.
    public static func == (a: CaseSettings, b: CaseSettings) -> Bool {
        var a = a
        var b = b
        for name in Set(a.patches.keys).union(b.patches.keys) {
            a.patches[name] = a.patch(name)
            b.patches[name] = b.patch(name)
        }
        return a.caseName == b.caseName && a.mesh == b.mesh && a.patches == b.patches
            && a.setup == b.setup && a.residualMonitors == b.residualMonitors
            && a.printsResiduals == b.printsResiduals && a.stallDetection == b.stallDetection
            && a.convergenceConditions == b.convergenceConditions
            && a.reportDefinitions == b.reportDefinitions && a.printsReports == b.printsReports
            && a.reportFiles == b.reportFiles && a.referenceValues == b.referenceValues
    }

    /// Names of the report definitions, in order.
    public var reportNames: [String] { reportDefinitions.map(\.name) }

    /// The settings of `patch` (defaults for a patch never configured).
    public func patch(_ name: String) -> PatchSettings {
        patches[name] ?? PatchSettings()
    }

    /// The solver's set-up: `setup` with one boundary condition per patch of the mesh and the
    /// residual normalisation window.
    public func solverSetup(patchNames: [String]) -> CaseSetup {
        var solverSetup = setup
        solverSetup.boundaryConditions = Dictionary(
            uniqueKeysWithValues: patchNames.map { ($0, patch($0).boundaryCondition) })
        solverSetup.nMaximizeNorms = residualMonitors.nMaximizeNorms
        return solverSetup
    }
}
