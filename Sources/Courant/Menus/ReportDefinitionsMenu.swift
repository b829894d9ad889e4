import CommandShell
import FiniteVolume
import FlowSolver

/// `/solve/report-definitions`: named quantities evaluated after every iteration, one creation
/// command per kind (as Fluent's `add NAME TYPE`), checked against the mesh's patches and the
/// solver's fields before anything changes.
enum ReportDefinitionsMenu {
    typealias Quantity = ReportDefinition.Quantity

    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("report-definitions", help: "Reports evaluated every iteration")
        let patches = { session.settings.mesh.patchNameList }
        let name = CommandArgument("name", help: "Name of the new report", type: .string)
        let field = CommandArgument(
            "field", help: "Field to report",
            type: .choice(options: {
                SteadyFlowSolver.fieldNames(dimension: session.settings.mesh.dimension)
                    + SteadyFlowSolver.wallFieldNames
            }))
        let patch = CommandArgument(
            "patch", help: "Boundary patch", type: .choice(options: patches))
        let wallPatches = CommandArgument(
            "patches", help: "Wall patches, comma-separated", type: .string)
        func real(
            _ name: String, _ help: String, _ units: String, _ value: Double? = nil,
            positive: Bool = false
        ) -> CommandArgument {
            CommandArgument(
                name, help: help, type: positive ? .positiveReal : .real(range: nil),
                units: units, default: value.map { .real($0) })
        }
        func add(
            _ command: String, _ help: String, _ arguments: [CommandArgument],
            quantity: @escaping (CommandCall) throws -> Quantity
        ) {
            menu.add(
                .command(
                    CommandNode(command, help: help, arguments: [name] + arguments) {
                        call in
                        let reportName = try call.text("name")
                        try validateNewName(reportName, in: session.settings)
                        let definition = ReportDefinition(
                            name: reportName, quantity: try quantity(call))
                        session.settings.reportDefinitions.append(definition)
                    }))
        }
        menu.add(FluentReportDefinitions.add(session))
        add(
            "point-value", "Field value at a point",
            [
                field, real("x", "x of the point", "m"),
                real("y", "y of the point", "m"),
                CommandArgument(
                    "z", help: "z of the point (3-D meshes)", type: .real(range: nil),
                    units: "m", default: .real(0),
                    askedWhen: { _ in session.settings.mesh.dimension == 3 }),
            ]
        ) { call in
            .pointValue(
                field: try call.text("field"),
                point: Vector3(try call.real("x"), try call.real("y"), try call.real("z")))
        }
        add(
            "area-weighted-average", "Area-weighted average of a field on a patch",
            [field, patch]
        ) { call in
            .areaWeightedAverage(field: try call.text("field"), patch: try call.text("patch"))
        }
        add(
            "mass-weighted-average", "Mass-weighted average of a field on a patch",
            [field, patch]
        ) { call in
            .massWeightedAverage(field: try call.text("field"), patch: try call.text("patch"))
        }
        add("mass-flow-rate", "Mass flow rate out through a patch (kg/s per m depth)", [patch]) {
            call in .massFlowRate(patch: try call.text("patch"))
        }
        add(
            "force", "Pressure + viscous force on walls along a direction (N per m depth)",
            [
                wallPatches, real("direction-x", "x of the force direction", "", 1),
                real("direction-y", "y of the force direction", "", 0),
            ]
        ) { call in
            .force(
                patches: try wallList(call, session),
                direction: try direction(call))
        }
        add(
            "force-coefficient", "Force divided by 0.5 rho U^2 L",
            [
                wallPatches, real("direction-x", "x of the force direction", "", 1),
                real("direction-y", "y of the force direction", "", 0),
                real("reference-density", "Reference density", "kg/m^3", 1, positive: true),
                real("reference-velocity", "Reference velocity", "m/s", 1, positive: true),
                real(
                    "reference-length", "Reference length (2-D) or area (3-D)", "m or m^2", 1,
                    positive: true),
            ]
        ) { call in
            .forceCoefficient(
                patches: try wallList(call, session), direction: try direction(call),
                referenceDensity: try call.real("reference-density"),
                referenceVelocity: try call.real("reference-velocity"),
                referenceArea: try call.real("reference-length"))
        }
        add(
            "nusselt", "Average Nusselt number on a wall: q L / (k dT)",
            [
                patch, real("reference-length", "Reference length", "m", 1, positive: true),
                real(
                    "temperature-difference", "Reference temperature difference", "K", 1,
                    positive: true),
            ]
        ) {
            call in
            .averageNusselt(
                patch: try call.text("patch"),
                referenceLength: try call.real("reference-length"),
                temperatureDifference: try call.real("temperature-difference"))
        }
        add(
            "reattachment-point", "x where the wall shear stress turns positive downstream",
            [patch]
        ) { call in .reattachmentPoint(patch: try call.text("patch")) }
        add(
            "skin-friction-coefficient", "Skin-friction coefficient on a wall at a station x",
            [
                patch, real("x", "Station along the wall", "m", 0),
                real("reference-density", "Reference density", "kg/m^3", 1, positive: true),
                real("reference-velocity", "Reference velocity", "m/s", 1, positive: true),
            ]
        ) { call in
            .skinFrictionCoefficient(
                patch: try call.text("patch"), x: try call.real("x"),
                referenceDensity: try call.real("reference-density"),
                referenceVelocity: try call.real("reference-velocity"))
        }
        menu.add(
            .setting(
                Setting.boolean(
                    "print-in-console?", "Print report values as columns of the residual table",
                    default: true, get: { session.settings.printsReports },
                    set: { session.settings.printsReports = $0 })))
        menu.add(
            .command(
                CommandNode(
                    "delete", help: "Delete a report definition",
                    arguments: [
                        CommandArgument(
                            "name", help: "Report to delete",
                            type: .choice(options: { session.settings.reportNames }))
                    ]
                ) { call in
                    let name = try call.text("name")
                    let users =
                        session.settings.reportFiles.filter { $0.reports.contains(name) }.map(
                            \.name)
                        + session.settings.convergenceConditions.conditions
                        .filter { $0.reportDefinition == name }.map {
                            "condition \($0.reportDefinition)"
                        }
                    guard users.isEmpty else {
                        throw ShellError("\(name) is used by \(users.joined(separator: ", "))")
                    }
                    session.settings.reportDefinitions.removeAll { $0.name == name }
                }))
        menu.add(
            .command(
                CommandNode(
                    "compute", help: "Print the current value of a report definition",
                    arguments: [
                        CommandArgument(
                            "report-defs", help: "Report definition to compute",
                            type: .choice(options: { session.settings.reportNames }))
                    ], isRecorded: false
                ) { call in
                    let name = try call.text("report-defs")
                    guard let solver = session.solver else {
                        throw ShellError("there is no solution yet: initialize and iterate first")
                    }
                    guard
                        let definition = session.settings.reportDefinitions.first(where: {
                            $0.name == name
                        })
                    else { throw ShellError("no report definition named \(name)") }
                    let value = try solver.evaluate(definition.quantity)
                    let iteration = session.lastOutcome?.lastRecord?.iteration ?? 0
                    call.session.write(
                        "\(name) = \(SurfaceReportTable.number(value))  (iteration \(iteration))\n")
                }))
        menu.add(
            .command(
                CommandNode("list", help: "List report definitions", isRecorded: false) {
                    call in
                    let lines = session.settings.reportDefinitions.map {
                        "  "
                            + ReportJournal.line(
                                for: $0, dimension: session.settings.mesh.dimension)
                    }
                    call.session.write(
                        (lines.isEmpty ? ["  (none)"] : lines).joined(separator: "\n") + "\n")
                }))
        return menu
    }

    static func validateNewName(_ name: String, in settings: CaseSettings) throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_".contains($0) })
        else { throw ShellError("report names are words of letters, digits, - and _") }
        guard !settings.reportNames.contains(name) else {
            throw ShellError("a report definition named \(name) already exists")
        }
    }

    private static func wallList(_ call: CommandCall, _ session: CourantSession) throws -> [String]
    {
        try ReportArguments.patchList(call.text("patches"), of: session)
    }

    private static func direction(_ call: CommandCall) throws -> Vector3 {
        let vector = Vector3(try call.real("direction-x"), try call.real("direction-y"), 0)
        guard vector.magnitude > 0 else { throw ShellError("the direction cannot be zero") }
        return vector
    }

}
