import CommandShell
import FiniteVolume
import FlowSolver

/// `/solve/initialize/compute-defaults/<zone type> ZONE`: the `set-defaults` initial values
/// taken from a boundary zone (by name or id), as Fluent's. A velocity inlet gives its speed
/// along its inward normal (its faces must all face one way), its temperature, zero gauge
/// pressure and its turbulence's k and ω (ω at least 1e-10 1/s, so that an inlet at rest leaves
/// μ_t finite); a pressure outlet gives zero velocity, its gauge pressure and its backflow
/// temperature. `all-zones` averages over the boundary zones (`allZones`).
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
                        let zone = try zoneName(call.text("zone"), of: type, session)
                        let patch = session.settings.patch(zone)
                        var initial = session.settings.setup.initialValues
                        var velocity = Vector3.zero
                        if type == .velocityInlet {
                            velocity = patch.inletSpeed * (try inwardNormal(of: zone, session))
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
                            initial.pressure = patch.outletGaugePressure
                            initial.temperature = patch.backflowTemperature
                        }
                        initial.xVelocity = velocity.x
                        initial.yVelocity = velocity.y
                        initial.zVelocity = velocity.z
                        session.settings.setup.initialValues = initial
                    }))
        }
        menu.add(
            .command(
                CommandNode(
                    "all-zones", help: "Initial values averaged over the boundary zones"
                ) { _ in
                    session.settings.setup.initialValues = try allZones(session)
                }))
        return menu
    }

    /// `zone`: a boundary zone of `type` (what Fluent's per-type commands name), by name or id.
    static func zone(of type: PatchSettings.ZoneType, _ session: CourantSession)
        -> CommandArgument
    {
        CommandArgument(
            "zone", help: "Boundary zone (name or id)",
            type: .constrained(
                .string, summary: "a \(type.rawValue) zone, by name or id",
                check: { value in
                    if case .text(let word) = value { _ = try zoneName(word, of: type, session) }
                }))
    }

    /// The zone of `type` that `word` names or numbers.
    static func zoneName(
        _ word: String, of type: PatchSettings.ZoneType, _ session: CourantSession
    ) throws -> String {
        let name = try FluentZoneIds.zoneName(word, session)
        let zones = session.settings.mesh.patchNameList.filter {
            session.settings.patch($0).zoneType == type
        }
        guard zones.contains(name) else {
            throw ShellError(
                "'\(word)' is not a \(type.rawValue) zone; they are "
                    + (zones.isEmpty ? "none" : zones.joined(separator: ", ")))
        }
        return name
    }

    /// Fluent's `all-zones`, as Courant reads it: each initial value is the area-weighted
    /// average of what the boundary zones that set it give: the velocity from the velocity
    /// inlets (inflow speed along the inward normal of every face), the gauge pressure from the
    /// pressure outlets, the temperature from both (inlet and backflow temperature). A value no
    /// zone sets keeps its `set-defaults` value.
    static func allZones(_ session: CourantSession) throws -> InitialValues {
        let mesh = try session.settings.mesh.mesh()
        var velocity = (sum: Vector3.zero, area: 0.0)
        var pressure = (sum: 0.0, area: 0.0)
        var temperature = (sum: 0.0, area: 0.0)
        for patch in mesh.patches {
            let settings = session.settings.patch(patch.name)
            for f in patch.faces {
                let area = mesh.faceAreaMagnitudes[f]
                switch settings.zoneType {
                case .velocityInlet:
                    velocity.sum = velocity.sum - settings.inletSpeed * mesh.faceAreas[f]
                    velocity.area += area
                    temperature = (
                        temperature.sum + settings.inletTemperature * area,
                        temperature.area + area
                    )
                case .pressureOutlet:
                    pressure = (
                        pressure.sum + settings.outletGaugePressure * area,
                        pressure.area + area
                    )
                    temperature = (
                        temperature.sum + settings.backflowTemperature * area,
                        temperature.area + area
                    )
                case .wall, .symmetry:
                    break
                }
            }
        }
        var initial = session.settings.setup.initialValues
        if velocity.area > 0 {
            let mean = Vector3(
                velocity.sum.x / velocity.area, velocity.sum.y / velocity.area,
                velocity.sum.z / velocity.area)
            initial.xVelocity = mean.x
            initial.yVelocity = mean.y
            initial.zVelocity = mean.z
        }
        if pressure.area > 0 { initial.pressure = pressure.sum / pressure.area }
        if temperature.area > 0 { initial.temperature = temperature.sum / temperature.area }
        return initial
    }

    /// The unit normal into the fluid of zone `zone`: the mean of its faces' inward unit
    /// normals, which must agree (a zone wrapping a corner has no one direction).
    private static func inwardNormal(of zone: String, _ session: CourantSession) throws
        -> Vector3
    {
        let mesh = try session.settings.mesh.mesh()
        var sum = Vector3.zero
        var area = 0.0
        for patch in mesh.patches where patch.name == zone {
            for f in patch.faces {
                sum = sum - mesh.faceAreas[f]
                area += mesh.faceAreaMagnitudes[f]
            }
        }
        guard area > 0, sum.magnitude > (1 - 1e-9) * area else {
            throw ShellError("zone \(zone) does not face one way; use set-defaults")
        }
        let length = sum.magnitude
        return Vector3(sum.x / length, sum.y / length, sum.z / length)
    }
}
