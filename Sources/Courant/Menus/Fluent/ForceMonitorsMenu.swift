import CommandShell
import FiniteVolume
import FlowSolver

/// `/solve/monitors/force`: Fluent's older force monitors, made of Courant's report
/// definitions. `set-drag-monitor NAME ACTIVE? ZONES () PRINT? WRITE? [FILE] PLOT? [WINDOW]
/// PER-ZONE? X Y [Z]` (and `set-lift-monitor`) define a report definition NAME: the force on the
/// wall zones along (X, Y, Z) divided by ½ ρ_ref U_ref² A_ref, following
/// `/report/reference-values` as a scaled `drag`/`lift` report does; `WRITE? yes` adds a report
/// file FILE with it. The older `drag-coefficient`/`lift-coefficient ACTIVE? ZONES () ...` (no
/// name) define `cd`/`cl`. An inactive monitor is said and not defined; `PLOT?` is ignored (no
/// graphics); per-zone monitors are refused. Report values are printed with the residuals
/// whatever `PRINT?` says (`/solve/report-definitions/print-in-console?` decides for all).
enum ForceMonitorsMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("force", help: "Drag and lift coefficient monitors")
        for (name, help, fixed, lift) in [
            ("set-drag-monitor", "Define a drag coefficient monitor NAME", nil, false),
            ("set-lift-monitor", "Define a lift coefficient monitor NAME", nil, true),
            ("drag-coefficient", "Define the drag coefficient monitor cd", "cd", false),
            ("lift-coefficient", "Define the lift coefficient monitor cl", "cl", true),
        ] {
            menu.add(
                .command(
                    CommandNode(name, help: help, isRecorded: false, readsAnswers: true) {
                        call in
                        try define(call, named: fixed, lift: lift, session)
                    }))
        }
        menu.add(
            Refusal.command(
                "set-moment-monitor", help: "Moment coefficient monitor (not yet in Courant)",
                "moment monitors are not available (drag and lift monitors are)"))
        return menu
    }

    private static func define(
        _ call: CommandCall, named fixed: String?, lift: Bool, _ session: CourantSession
    ) throws {
        var cursor = AnswerCursor(call.answers)
        guard let name = fixed ?? cursor.take() else {
            throw ShellError.malformed("expected the monitor's name")
        }
        let active = try cursor.boolean("active?", default: true)
        var zones: [String] = []
        while let word = cursor.take(), word != "()", word != "," {
            zones.append(try FluentZoneIds.zoneName(word, session))
        }
        let walls = session.settings.mesh.patchNameList.filter {
            session.settings.patch($0).zoneType == .wall
        }
        guard !zones.isEmpty else { throw ShellError.malformed("expected wall zones up to ()") }
        for zone in zones where !walls.contains(zone) {
            throw ShellError("no wall zone '\(zone)'; walls are \(walls.joined(separator: ", "))")
        }
        _ = try cursor.boolean("print?", default: true)
        var file: String?
        if try cursor.boolean("write?", default: false) {
            guard let path = cursor.take() else {
                throw ShellError.malformed("write? yes: give the file name")
            }
            file = path
        }
        if try cursor.boolean("plot?", default: false) {
            guard let window = cursor.take(), Int(window) != nil else {
                throw ShellError.malformed("plot? yes: give the window number")
            }
        }
        if try cursor.boolean("per-zone?", default: false) {
            throw ShellError.unavailable("per-zone force monitors are not available")
        }
        let dimension = session.settings.mesh.dimension
        var direction = lift ? Vector3(0, 1, 0) : Vector3(1, 0, 0)
        if !cursor.isAtEnd {
            direction = try cursor.direction("force vector", dimension: dimension)
        }
        guard cursor.isAtEnd else {
            throw ShellError.malformed("unexpected answers '\(cursor.rest.joined(separator: " "))'")
        }
        guard active else {
            call.session.write("\(call.command.path): \(name) is inactive: not defined\n")
            return
        }
        try ReportDefinitionsMenu.validateNewName(name, in: session.settings)
        let values = session.settings.referenceValues
        let definition = ReportDefinition(
            name: name,
            quantity: .forceCoefficient(
                patches: zones, direction: direction, referenceDensity: values.density,
                referenceVelocity: values.velocity,
                referenceArea: values.coefficientArea(dimension: dimension)))
        let reportFile = file.map {
            ReportFileSpecification(name: name + "-file", path: $0, reports: [name])
        }
        if let reportFile {
            guard !session.settings.reportFiles.contains(where: { $0.name == reportFile.name })
            else { throw ShellError("a report file named \(reportFile.name) already exists") }
        }
        session.settings.reportDefinitions.append(definition)
        session.settings.referenceValues.scaledReports.insert(name)
        if let reportFile { session.settings.reportFiles.append(reportFile) }
    }
}
