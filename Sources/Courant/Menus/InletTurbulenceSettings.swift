import CommandShell
import FlowSolver

/// `/define/boundary-conditions/velocity-inlet/turbulence-specification` and its values, per
/// inlet patch: used when a turbulence model is on (Fluent's velocity-inlet turbulence panel).
enum InletTurbulenceSettings {
    /// The per-inlet values: path, help, units and the field they bind to.
    static var values: [(String, String, String, WritableKeyPath<PatchSettings, Double>)] {
        [
            ("turbulent-intensity", "Turbulent intensity", "%", \.turbulentIntensity),
            ("turbulent-length-scale", "Turbulent length scale", "m", \.turbulentLengthScale),
            (
                "turbulent-viscosity-ratio", "Turbulent viscosity ratio mu_t/mu", "",
                \.turbulentViscosityRatio
            ),
            ("hydraulic-diameter", "Hydraulic diameter", "m", \.hydraulicDiameter),
        ]
    }

    static func add(
        to inlet: MenuNode, session: CourantSession, inlets: @escaping () -> [String]
    ) {
        let defaults = PatchSettings()
        inlet.add(
            BoundaryConditionsMenu.perPatch(
                session, "turbulence-specification", "How each inlet's turbulence is given",
                inlets, default: defaults.turbulenceSpecification, \.turbulenceSpecification))
        for (name, help, units, keyPath) in values {
            inlet.add(
                BoundaryConditionsMenu.real(
                    session, name, help, units, inlets, defaults[keyPath: keyPath],
                    positive: true, get: { $0[keyPath: keyPath] },
                    set: { $0[keyPath: keyPath] = $1 }))
        }
    }
}
