import CommandShell
import FiniteVolume
import FlowSolver

/// `/define`: models, materials, operating conditions and boundary conditions.
enum DefineMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("define", help: "Define models, materials and boundary conditions")
        let models = menu.addMenu("models", help: "Physical models")
        let energy = Setting.boolean(
            "energy?", "Solve the energy equation (adds the energy residual)",
            default: false,
            get: { session.settings.setup.energyEnabled },
            set: { enabled in
                session.settings.setup.energyEnabled = enabled
                session.settings.residualMonitors.synchronise(
                    with: session.settings.equations)
            })
        energy.trailingAnswers = ModelsMenu.energyAnswers
        models.add(.setting(energy))
        ModelsMenu.add(to: models, session: session)
        menu.add(.menu(materials(for: session)))
        menu.add(.menu(operatingConditions(for: session)))
        menu.add(.menu(BoundaryConditionsMenu.build(for: session)))
        menu.add(
            Refusal.command(
                "units", help: "Display units (Courant works in SI)",
                "unit systems other than SI are not available"))
        menu.add(
            Refusal.command(
                "periodic-conditions", help: "Periodic flow conditions (not available)",
                "periodic boundaries are not available"))
        return menu
    }

    private static func materials(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("materials", help: "Constant properties of the fluid")
        let air = FluidProperties()
        func property(
            _ name: String, _ help: String, units: String, default value: Double,
            allowsZero: Bool = false, _ keyPath: WritableKeyPath<FluidProperties, Double>
        ) -> TreeNode {
            .setting(
                Setting.real(
                    name, help, units: units, default: value,
                    type: allowsZero
                        ? .real(range: 0...Double.greatestFiniteMagnitude) : .positiveReal,
                    get: { session.settings.setup.fluid[keyPath: keyPath] },
                    set: { session.settings.setup.fluid[keyPath: keyPath] = $0 }))
        }
        menu.add(property("density", "Density", units: "kg/m^3", default: air.density, \.density))
        menu.add(
            property(
                "viscosity", "Dynamic viscosity", units: "kg/(m s)", default: air.viscosity,
                \.viscosity))
        menu.add(
            property(
                "specific-heat", "Specific heat at constant pressure", units: "J/(kg K)",
                default: air.specificHeat, \.specificHeat))
        menu.add(
            property(
                "thermal-conductivity", "Thermal conductivity", units: "W/(m K)",
                default: air.thermalConductivity, \.thermalConductivity))
        menu.add(
            property(
                "thermal-expansion-coefficient", "Thermal expansion coefficient (Boussinesq)",
                units: "1/K", default: air.thermalExpansionCoefficient, allowsZero: true,
                \.thermalExpansionCoefficient))
        menu.add(FluentDefineCommands.changeCreate(session))
        for name in ["copy", "delete"] {
            menu.add(
                Refusal.command(
                    name, help: "Fluent's material database (not available)",
                    "Fluent's material database is not available (Courant has one fluid; set its "
                        + "properties here)"))
        }
        return menu
    }

    private static func operatingConditions(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("operating-conditions", help: "Gravity and operating temperature")
        let components: [(String, WritableKeyPath<Vector3, Double>)] = [("x", \.x), ("y", \.y)]
        for (axis, component) in components {
            menu.add(
                .setting(
                    Setting.real(
                        "gravity-\(axis)", "\(axis) component of gravitational acceleration",
                        units: "m/s^2", default: 0,
                        get: { session.settings.setup.operating.gravity[keyPath: component] },
                        set: { session.settings.setup.operating.gravity[keyPath: component] = $0 }
                    )))
        }
        for (axis, component) in components {
            menu.add(
                .setting(
                    Setting.real(
                        "momentum-source-\(axis)",
                        "\(axis) momentum source per volume (e.g. -dp/dx of a fully developed "
                            + "channel)", units: "N/m^3", default: 0,
                        get: { session.settings.setup.momentumSource[keyPath: component] },
                        set: { session.settings.setup.momentumSource[keyPath: component] = $0 })))
        }
        menu.add(FluentDefineCommands.gravity(session))
        menu.add(FluentDefineCommands.operatingPressure)
        menu.add(
            .setting(
                Setting.real(
                    "operating-temperature", "Reference temperature of the Boussinesq body force",
                    units: "K", default: OperatingConditions().operatingTemperature,
                    type: .positiveReal,
                    get: { session.settings.setup.operating.operatingTemperature },
                    set: { session.settings.setup.operating.operatingTemperature = $0 })))
        return menu
    }
}
