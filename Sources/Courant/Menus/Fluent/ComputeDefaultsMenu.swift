import CommandShell
import FiniteVolume
import FlowSolver

/// `/solve/initialize/compute-defaults/<zone type> ZONE`: the `set-defaults` initial values
/// taken from a boundary zone, as Fluent's. A velocity inlet gives its speed along the inward
/// normal of its sides (which must all face one way), its temperature, zero gauge pressure and
/// its turbulence's k and ω (ω at least 1e-10 1/s, so that an inlet at rest leaves μ_t finite);
/// a pressure outlet gives zero velocity, its gauge pressure and its backflow temperature.
/// `all-zones` (Fluent's average over every zone) is not in Courant yet.
enum ComputeDefaultsMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("compute-defaults", help: "Initial values from a boundary zone")
        for type in [PatchSettings.ZoneType.velocityInlet, .pressureOutlet] {
            menu.add(
                .command(
                    CommandNode(
                        type.rawValue, help: "Initial values from a \(type.rawValue)",
                        arguments: [ComputeDefaultsMenu.zone(of: type, session)]
                    ) { call in
                        let zone = try call.text("zone")
                        let patch = session.settings.patch(zone)
                        var initial = session.settings.setup.initialValues
                        if type == .velocityInlet {
                            let normal = try inwardNormal(of: zone, session.settings.mesh)
                            let velocity = patch.inletSpeed * normal
                            initial.xVelocity = velocity.x
                            initial.yVelocity = velocity.y
                            initial.pressure = 0
                            initial.temperature = patch.inletTemperature
                            let fluid = session.settings.setup.fluid
                            let turbulence = patch.inletTurbulence
                            initial.turbulentKineticEnergy = turbulence.turbulentKineticEnergy(
                                speed: patch.inletSpeed)
                            initial.specificDissipationRate = max(
                                turbulence.specificDissipationRate(
                                    speed: patch.inletSpeed, density: fluid.density,
                                    viscosity: fluid.viscosity), 1e-10)
                        } else {
                            initial.xVelocity = 0
                            initial.yVelocity = 0
                            initial.pressure = patch.outletGaugePressure
                            initial.temperature = patch.backflowTemperature
                        }
                        session.settings.setup.initialValues = initial
                    }))
        }
        menu.add(
            .command(
                CommandNode(
                    "all-zones", help: "Fluent's average over all zones (not in Courant yet)",
                    isRecorded: false, readsAnswers: true
                ) { _ in
                    throw ShellError(
                        "compute-defaults/all-zones is not in Courant yet; use "
                            + "compute-defaults/velocity-inlet ZONE or set-defaults")
                }))
        return menu
    }

    /// `zone`: a boundary zone of `type` (what Fluent's per-type commands name).
    static func zone(of type: PatchSettings.ZoneType, _ session: CourantSession)
        -> CommandArgument
    {
        CommandArgument(
            "zone", help: "Boundary zone",
            type: .choice(options: {
                session.settings.mesh.patchNameList.filter {
                    session.settings.patch($0).zoneType == type
                }
            }))
    }

    /// The unit normal into the fluid of the block sides named `zone`.
    private static func inwardNormal(of zone: String, _ mesh: MeshSpecification) throws
        -> Vector3
    {
        let normals: [String: Vector3] = [
            "left": Vector3(1, 0, 0), "right": Vector3(-1, 0, 0), "bottom": Vector3(0, 1, 0),
            "top": Vector3(0, -1, 0),
        ]
        let sides = Set(
            mesh.boundarySideKeys.filter { mesh.patchName(ofSide: $0) == zone }
                .compactMap { $0.split(separator: "-").last.map(String.init) })
        guard sides.count == 1, let side = sides.first, let normal = normals[side] else {
            throw ShellError("zone \(zone) does not face one way; use set-defaults")
        }
        return normal
    }
}
