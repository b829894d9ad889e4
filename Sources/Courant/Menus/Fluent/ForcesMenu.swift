import CommandShell
import FiniteVolume
import FlowSolver
import Foundation

/// `/report/forces`: Fluent's `wall-forces`, answered as Fluent asks: all wall zones? (if no,
/// the zones up to `()`), the direction vector (x y, or x y z), write to file? and the file name.
/// Prints, per wall zone and in total, the pressure, viscous and total force along the unit
/// direction, N (per-depth forces times the reference depth), and their coefficients
/// F / (½ ρ_ref U_ref² A_ref) with `/report/reference-values`.
enum ForcesMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("forces", help: "Wall forces and their coefficients")
        menu.add(
            .command(
                CommandNode(
                    "wall-forces",
                    help: "all-walls? [ZONES ()] X Y write-to-file? [FILE]: forces along X Y",
                    isRecorded: false, readsAnswers: true
                ) { call in
                    var cursor = AnswerCursor(call.answers)
                    let walls = session.settings.mesh.patchNameList.filter {
                        session.settings.patch($0).zoneType == .wall
                    }
                    var zones = walls
                    if try !cursor.boolean("all wall zones?", default: true) {
                        zones = []
                        while let word = cursor.take(), word != "()", word != "," {
                            zones.append(try FluentZoneIds.zoneName(word, session))
                        }
                        for zone in zones where !walls.contains(zone) {
                            throw ShellError(
                                "no wall zone '\(zone)'; walls are \(walls.joined(separator: ", "))"
                            )
                        }
                    }
                    let direction = try cursor.direction(
                        "direction", dimension: session.settings.mesh.dimension)
                    let toFile = try cursor.boolean("write to file?", default: false)
                    let file = toFile ? cursor.take() : nil
                    if toFile, file == nil {
                        throw ShellError.malformed("write to file? yes: give the file name")
                    }
                    guard cursor.isAtEnd else {
                        throw ShellError.malformed(
                            "unexpected answers '\(cursor.rest.joined(separator: " "))'")
                    }
                    let text = try table(
                        zones, direction: direction, session.settings.referenceValues,
                        ReportArguments.solver(of: session))
                    call.session.write(text)
                    if let file { try FileMenu.writeText(text, to: file, call: call) }
                }))
        for name in ["wall-moments", "pressure-center"] {
            menu.add(
                .command(
                    CommandNode(
                        name, help: "Fluent's \(name) (not yet in Courant)", isRecorded: false,
                        readsAnswers: true
                    ) { _ in
                        throw ShellError("\(name) is not in Courant yet (wall-forces is)")
                    }))
        }
        return menu
    }

    /// Fluent's force table for `zones` along `direction`.
    static func table(
        _ zones: [String], direction: Vector3, _ reference: ReferenceValues,
        _ solver: SteadyFlowSolver
    ) throws -> String {
        let unit = (1 / direction.magnitude) * direction
        let dynamicPressureArea =
            0.5 * reference.density * reference.velocity * reference.velocity * reference.area
        func row(_ name: String, _ pressure: Double, _ viscous: Double) -> String {
            let forces = [pressure, viscous, pressure + viscous]
            let columns = forces + forces.map { $0 / dynamicPressureArea }
            return name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + columns.map { String(format: "%14.6e", $0) }.joined() + "\n"
        }
        var text =
            "Forces - Direction Vector (\(SurfaceReportTable.number(unit.x)) "
            + "\(SurfaceReportTable.number(unit.y))"
            + (unit.z == 0 ? "" : " \(SurfaceReportTable.number(unit.z))") + ")\n"
            + "Zone".padding(toLength: 16, withPad: " ", startingAt: 0)
            + ["Pressure (N)", "Viscous (N)", "Total (N)", "Cp", "Cv", "Ct"].map {
                String(repeating: " ", count: 14 - $0.count) + $0
            }.joined() + "\n"
        var net = (pressure: 0.0, viscous: 0.0)
        for zone in zones {
            let parts = try solver.wallForceParts(patch: zone)
            let pressure = reference.depth * parts.pressure.dot(unit)
            let viscous = reference.depth * parts.viscous.dot(unit)
            net = (net.pressure + pressure, net.viscous + viscous)
            text += row(zone, pressure, viscous)
        }
        return text + row("Net", net.pressure, net.viscous)
    }
}
