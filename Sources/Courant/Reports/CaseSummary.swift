import Foundation
import Monitoring

/// `/report/summary`: the case as it stands, in the order Fluent's summary report gives it
/// (mesh, models, materials, boundary conditions, solver controls), then what decides
/// convergence and, once there is a solution, where it stands.
enum CaseSummary {
    /// The summary text of `session`.
    static func text(of session: CourantSession) -> String {
        let settings = session.settings
        let setup = settings.setup
        var lines = ["Case summary: \(settings.caseName)"]
        func field(_ name: String, _ value: String) {
            lines.append("  " + name.padding(toLength: 20, withPad: " ", startingAt: 0) + value)
        }
        let mesh = settings.mesh
        let cells = mesh.cellCount.map(String.init) ?? "more than 2^63"
        field("mesh", "\(cells) cells; patches " + mesh.patchNameList.joined(separator: ", "))
        field(
            "models",
            "\(setup.viscousModel.rawValue), steady; energy " + (setup.energyEnabled ? "on" : "off")
        )
        var material = [
            "density \(number(setup.fluid.density)) kg/m^3",
            "viscosity \(number(setup.fluid.viscosity)) kg/(m s)",
        ]
        if setup.energyEnabled {
            material += [
                "specific heat \(number(setup.fluid.specificHeat)) J/(kg K)",
                "conductivity \(number(setup.fluid.thermalConductivity)) W/(m K)",
                "expansion \(number(setup.fluid.thermalExpansionCoefficient)) 1/K",
            ]
        }
        field("material", material.joined(separator: ", "))
        for name in mesh.patchNameList {
            field("boundary " + name, boundary(settings.patch(name), energy: setup.energyEnabled))
        }
        field(
            "methods",
            "\(setup.coupling.rawValue), momentum \(setup.schemes.momentum.rawValue); "
                + "under-relaxation pressure \(number(setup.underRelaxation.pressure)), "
                + "momentum \(number(setup.underRelaxation.momentum))")
        let checked = settings.residualMonitors.monitors.filter(\.checksConvergence).map {
            "\($0.equation) \(number($0.absoluteCriterion))"
        }
        field(
            "convergence",
            "decided by \(ConvergenceDecision(settings).description)"
                + (checked.isEmpty ? "" : "; criteria " + checked.joined(separator: ", ")))
        guard let record = session.lastOutcome?.lastRecord, let outcome = session.lastOutcome
        else {
            field("solution", session.solver == nil ? "not initialized" : "no iterations yet")
            return lines.joined(separator: "\n") + "\n"
        }
        field("solution", "iteration \(record.iteration), \(outcome.status.rawValue)")
        field(
            "scaled residuals",
            record.residuals.map { "\($0.equation) \(formatResidual($0.scaled))" }
                .joined(separator: ", "))
        for report in record.reports {
            field("report " + report.name, number(report.value))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func boundary(_ patch: PatchSettings, energy: Bool) -> String {
        switch patch.zoneType {
        case .wall:
            let moving =
                patch.wallVelocity == .zero
                ? "stationary"
                : "moving at (\(number(patch.wallVelocity.x)), \(number(patch.wallVelocity.y))) m/s"
            guard energy else { return "wall, \(moving)" }
            let thermal =
                switch patch.thermalKind {
                case .adiabatic: "adiabatic"
                case .temperature: "at \(number(patch.wallTemperature)) K"
                case .heatFlux: "heat flux \(number(patch.wallHeatFlux)) W/m^2"
                }
            return "wall, \(moving), \(thermal)"
        case .velocityInlet:
            return "velocity-inlet, \(number(patch.inletSpeed)) m/s \(patch.inletProfile.rawValue)"
                + (energy ? ", \(number(patch.inletTemperature)) K" : "")
        case .pressureOutlet:
            return "pressure-outlet, \(number(patch.outletGaugePressure)) Pa gauge"
        case .symmetry:
            return "symmetry"
        }
    }

    private static func number(_ value: Double) -> String {
        String(format: "%g", value)
    }
}
