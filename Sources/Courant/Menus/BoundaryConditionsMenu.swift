import CommandShell
import FiniteVolume
import FlowSolver

/// `/define/boundary-conditions`: the zone type of every patch, then the values of each type,
/// each a per-patch setting over the patches of that type (so a journal lists one value per
/// patch, in mesh order, and the REPL prompts `inlet velocity magnitude [0]`).
enum BoundaryConditionsMenu {
    typealias ZoneType = PatchSettings.ZoneType

    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("boundary-conditions", help: "Boundary conditions of each patch")
        let allPatches = { session.settings.mesh.patchNameList }
        func patches(of type: ZoneType) -> () -> [String] {
            { allPatches().filter { session.settings.patch($0).zoneType == type } }
        }
        menu.add(
            perPatch(
                session, "zone-type", "Boundary type of each patch", allPatches,
                default: ZoneType.wall, \.zoneType))
        let wall = menu.addMenu("wall", help: "Wall patches: motion and thermal condition")
        let walls = patches(of: .wall)
        wall.add(
            real(
                session, "x-velocity", "Wall x-velocity (moving wall)", "m/s", walls,
                0, get: { $0.wallVelocity.x }, set: { $0.wallVelocity.x = $1 }))
        wall.add(
            real(
                session, "y-velocity", "Wall y-velocity (moving wall)", "m/s", walls,
                0, get: { $0.wallVelocity.y }, set: { $0.wallVelocity.y = $1 }))
        wall.add(
            real(
                session, "z-velocity", "Wall z-velocity (moving wall; 3-D meshes)", "m/s",
                { session.settings.mesh.dimension == 3 ? walls() : [] },
                0, get: { $0.wallVelocity.z }, set: { $0.wallVelocity.z = $1 }))
        wall.add(
            perPatch(
                session, "thermal-condition", "Thermal condition of each wall", walls,
                default: PatchSettings.ThermalKind.adiabatic, \.thermalKind))
        wall.add(
            real(
                session, "temperature", "Fixed wall temperature", "K", walls, 300,
                positive: true, get: { $0.wallTemperature }, set: { $0.wallTemperature = $1 }))
        wall.add(
            real(
                session, "heat-flux", "Heat flux into the fluid", "W/m^2", walls, 0,
                get: { $0.wallHeatFlux }, set: { $0.wallHeatFlux = $1 }))

        let inlet = menu.addMenu("velocity-inlet", help: "Velocity-inlet patches")
        let inlets = patches(of: .velocityInlet)
        inlet.add(
            real(
                session, "velocity-magnitude", "Mean inflow speed, normal to the patch",
                "m/s", inlets, 0, get: { $0.inletSpeed }, set: { $0.inletSpeed = $1 }))
        inlet.add(
            perPatch(
                session, "profile", "Velocity profile across the patch", inlets,
                default: InletProfile.uniform, \.inletProfile))
        inlet.add(
            real(
                session, "temperature", "Inflow temperature", "K", inlets, 300,
                positive: true, get: { $0.inletTemperature }, set: { $0.inletTemperature = $1 }))
        InletTurbulenceSettings.add(to: inlet, session: session, inlets: inlets)

        let outlet = menu.addMenu("pressure-outlet", help: "Pressure-outlet patches")
        let outlets = patches(of: .pressureOutlet)
        outlet.add(
            real(
                session, "gauge-pressure", "Gauge static pressure", "Pa", outlets, 0,
                get: { $0.outletGaugePressure }, set: { $0.outletGaugePressure = $1 }))
        outlet.add(
            real(
                session, "backflow-temperature", "Temperature of re-entering fluid", "K",
                outlets, 300, positive: true,
                get: { $0.backflowTemperature }, set: { $0.backflowTemperature = $1 }))

        let zoneFirst: [(MenuNode, CommandNode)] = [
            (wall, ZoneFirstBoundaryConditions.wall(session)),
            (inlet, ZoneFirstBoundaryConditions.velocityInlet(session)),
            (outlet, ZoneFirstBoundaryConditions.pressureOutlet(session)),
        ]
        for (typeMenu, command) in zoneFirst {
            typeMenu.setDefaultCommand(command) {
                ZoneFirstBoundaryConditions.isPatch($0, session)
            }
        }
        FluentBoundaryKeywords.add(to: menu, session: session)
        menu.add(
            .command(
                CommandNode(
                    "list-zones", help: "Fluent's zone table: id, name and type of each zone",
                    isRecorded: false
                ) { call in
                    call.session.write(FluentZoneIds.table(session))
                }))
        menu.add(
            .command(
                CommandNode(
                    "list", help: "List every patch with its zone type and values",
                    isRecorded: false
                ) { call in
                    var text = ""
                    for name in allPatches() {
                        text += "  \(name): " + describe(session.settings.patch(name)) + "\n"
                    }
                    call.session.write(text)
                }))
        return menu
    }

    /// A per-patch choice among the cases of `E` over the patches `keys` returns, bound to a field
    /// of `PatchSettings`; every value is checked before any patch changes.
    static func perPatch<E: RawRepresentable & CaseIterable>(
        _ session: CourantSession, _ name: String, _ help: String,
        _ keys: @escaping () -> [String], default defaultValue: E,
        _ keyPath: WritableKeyPath<PatchSettings, E>
    ) -> TreeNode where E.RawValue == String {
        .setting(
            Setting.perKey(
                name, help, prompt: name.replacingOccurrences(of: "-", with: " "), keys: keys,
                element: .choice(options: { E.allCases.map(\.rawValue) }),
                default: { _ in .text(defaultValue.rawValue) },
                get: { .text(session.settings.patch($0)[keyPath: keyPath].rawValue) },
                set: { pairs in
                    let values = try pairs.map { try Setting.caseOf(E.self, $0.value) }
                    for ((patch, _), value) in zip(pairs, values) {
                        session.settings.patches[patch, default: PatchSettings()][
                            keyPath: keyPath] =
                            value
                    }
                }))
    }

    /// A per-patch real over the patches `keys` returns, bound to a field of `PatchSettings`.
    static func real(
        _ session: CourantSession, _ name: String, _ help: String, _ units: String,
        _ keys: @escaping () -> [String], _ defaultValue: Double, positive: Bool = false,
        get: @escaping (PatchSettings) -> Double,
        set: @escaping (inout PatchSettings, Double) -> Void
    ) -> TreeNode {
        .setting(
            Setting.perKey(
                name, help, units: units, prompt: name.replacingOccurrences(of: "-", with: " "),
                keys: keys,
                element: positive ? .positiveReal : .real(range: nil),
                default: { _ in .real(defaultValue) },
                get: { .real(get(session.settings.patch($0))) },
                set: { pairs in
                    let values = try pairs.map { pair -> Double in
                        guard case .real(let real) = pair.value else {
                            throw ShellError("expected a number")
                        }
                        return real
                    }
                    for ((patch, _), real) in zip(pairs, values) {
                        set(&session.settings.patches[patch, default: PatchSettings()], real)
                    }
                }))
    }

    private static func describe(_ patch: PatchSettings) -> String {
        switch patch.zoneType {
        case .wall:
            let motion =
                patch.wallVelocity == .zero
                ? "stationary" : "moving (\(patch.wallVelocity.x), \(patch.wallVelocity.y)) m/s"
            return "wall, \(motion), \(patch.thermalKind.rawValue)"
        case .velocityInlet:
            return "velocity-inlet, \(patch.inletSpeed) m/s \(patch.inletProfile.rawValue)"
        case .pressureOutlet:
            return "pressure-outlet, \(patch.outletGaugePressure) Pa gauge"
        case .symmetry:
            return "symmetry"
        }
    }
}
