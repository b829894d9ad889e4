import CommandShell
import FiniteVolume
import FlowSolver

/// Fluent's `/solve/report-definitions/add NAME TYPE KEYWORD VALUE ... quit`, for the report
/// types Courant evaluates. Keywords: `field NAME`, `surface-names`/`zone-names`/`thread-names
/// ZONES ()` (a list ends at `()`, `,` or the next keyword), `force-vector X Y [Z]`, `scaled
/// yes|no`, `per-surface? no`; `q` or `quit` ends. Types:
///
/// | Fluent type | Courant quantity |
/// |---|---|
/// | `surface-areaavg`, `surface-massavg` | area-/mass-weighted average of `field` on one zone |
/// | `surface-massflowrate`, `flux-massflow` | mass flow rate out through one zone (kg/s per m) |
/// | `force` | wall force along `force-vector` (N per m depth; default (1, 0)) |
/// | `drag`, `lift` | the same force divided by ½ ρ_ref U_ref² A_ref / depth (`scaled yes`, the default) with the reference values, which it follows when they change; default vector (1, 0) for drag, (0, 1) for lift |
enum FluentReportDefinitions {
    /// The Fluent report types read, and what other types get.
    static let types = [
        "surface-areaavg", "surface-massavg", "surface-massflowrate", "flux-massflow", "force",
        "drag", "lift",
    ]

    /// Keywords that take a list of zones.
    private static let zoneKeywords = ["surface-names", "zone-names", "thread-names", "thread-ids"]

    /// What the keywords of one `add` gave.
    private struct Answers {
        var field = "pressure"
        var zones: [String] = []
        var direction: Vector3?
        var scaled = true
    }

    static func add(_ session: CourantSession) -> TreeNode {
        .command(
            CommandNode(
                "add", help: "Fluent's form: add NAME TYPE KEYWORD VALUE ... quit",
                isRecorded: false, readsAnswers: true
            ) { call in
                var cursor = AnswerCursor(call.answers)
                guard let name = cursor.take(), let type = cursor.take() else {
                    throw ShellError.malformed("expected a report name and a report type")
                }
                try ReportDefinitionsMenu.validateNewName(name, in: session.settings)
                guard types.contains(type) else {
                    throw ShellError(
                        "report type '\(type)' is not available in Courant (types read: "
                            + types.joined(separator: ", ") + ")")
                }
                let answers = try keywords(&cursor, session)
                let quantity = try quantity(type, answers, session)
                session.settings.reportDefinitions.append(
                    ReportDefinition(name: name, quantity: quantity))
                if case .forceCoefficient = quantity {
                    session.settings.referenceValues.scaledReports.insert(name)
                }
            })
    }

    /// Rebuilds the `scaled yes` force coefficients with the current reference values.
    static func rescale(_ session: CourantSession) {
        let values = session.settings.referenceValues
        for index in session.settings.reportDefinitions.indices {
            let definition = session.settings.reportDefinitions[index]
            guard values.scaledReports.contains(definition.name),
                case .forceCoefficient(let patches, let direction, _, _, _) = definition.quantity
            else { continue }
            session.settings.reportDefinitions[index].quantity = .forceCoefficient(
                patches: patches, direction: direction, referenceDensity: values.density,
                referenceVelocity: values.velocity,
                referenceArea: values.coefficientArea(dimension: session.settings.mesh.dimension))
        }
    }

    private static func keywords(_ cursor: inout AnswerCursor, _ session: CourantSession) throws
        -> Answers
    {
        var answers = Answers()
        while let keyword = cursor.take(), keyword != "q", keyword != "quit" {
            switch keyword {
            case "field":
                let fields =
                    SteadyFlowSolver.fieldNames(dimension: session.settings.mesh.dimension)
                    + SteadyFlowSolver.wallFieldNames
                guard let field = cursor.take(), fields.contains(field) else {
                    throw ShellError("field: Courant reports " + fields.joined(separator: ", "))
                }
                answers.field = field
            case let list where zoneKeywords.contains(list):
                answers.zones = try zones(&cursor, session)
            case "force-vector":
                answers.direction = try cursor.direction(
                    "force vector", dimension: session.settings.mesh.dimension)
            case "scaled", "scaled?":
                answers.scaled = try cursor.boolean(keyword, default: true)
            case "per-surface", "per-surface?":
                if try cursor.boolean(keyword, default: false) {
                    throw ShellError("per-surface reports are not available (one zone each)")
                }
            case ",":
                continue
            default:
                throw ShellError.malformed(
                    "unknown keyword '\(keyword)' (Courant reads field, surface-names, "
                        + "zone-names, thread-names, force-vector, scaled, per-surface?, quit)")
            }
        }
        return answers
    }

    /// Zone names up to `()`, `,`, `q`/`quit` or a keyword; each must be a patch of the mesh.
    private static func zones(_ cursor: inout AnswerCursor, _ session: CourantSession) throws
        -> [String]
    {
        var names: [String] = []
        let stops = zoneKeywords + ["field", "force-vector", "scaled", "per-surface?", "q", "quit"]
        while let word = cursor.rest.first, !stops.contains(word) {
            _ = cursor.take()
            if word == "()" || word == "," { break }
            names.append(try FluentZoneIds.zoneName(word, session))
        }
        return try ReportArguments.patchList(names.joined(separator: ","), of: session)
    }

    private static func quantity(_ type: String, _ answers: Answers, _ session: CourantSession)
        throws -> ReportDefinition.Quantity
    {
        guard let first = answers.zones.first else {
            throw ShellError.malformed("\(type): no zone given (surface-names ZONE ())")
        }
        switch type {
        case "force", "drag", "lift":
            for zone in answers.zones where session.settings.patch(zone).zoneType != .wall {
                throw ShellError("\(type): zone \(zone) is not a wall")
            }
            let direction =
                answers.direction ?? (type == "lift" ? Vector3(0, 1, 0) : Vector3(1, 0, 0))
            guard type != "force", answers.scaled else {
                return .force(patches: answers.zones, direction: direction)
            }
            let values = session.settings.referenceValues
            return .forceCoefficient(
                patches: answers.zones, direction: direction, referenceDensity: values.density,
                referenceVelocity: values.velocity,
                referenceArea: values.coefficientArea(dimension: session.settings.mesh.dimension))
        default:
            guard answers.zones.count == 1 else {
                throw ShellError("\(type): Courant reports on one zone per definition")
            }
            switch type {
            case "surface-areaavg":
                return .areaWeightedAverage(field: answers.field, patch: first)
            case "surface-massavg":
                return .massWeightedAverage(field: answers.field, patch: first)
            default:
                return .massFlowRate(patch: first)
            }
        }
    }
}
