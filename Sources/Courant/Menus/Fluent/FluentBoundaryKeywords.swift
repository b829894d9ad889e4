import CommandShell

/// Fluent's keyword form of the boundary conditions, `/define/boundary-conditions/set/
/// velocity-inlet ZONES () vmag no 0.4 quit` (zones up to `()`, then keyword-value pairs in any
/// order, `quit` to end; PyFluent's examples use it), `copy-bc`, and the zone types Courant
/// lacks, refused naming them.
enum FluentBoundaryKeywords {
    static func add(to menu: MenuNode, session: CourantSession) {
        let set = menu.addMenu(
            "set", help: "Fluent's keyword form: set/TYPE ZONES () KEY VALUE quit")
        set.add(
            keywordCommand("velocity-inlet", session, type: .velocityInlet) {
                keyword, answers, patch in
                switch keyword {
                case "vmag":
                    try noProfile(&answers, "velocity magnitude")
                    patch.inletSpeed = try answers.real("vmag", default: patch.inletSpeed)
                case "temperature" where session.settings.setup.energyEnabled:
                    try noProfile(&answers, "temperature")
                    patch.inletTemperature = try answers.real("temperature", default: 300)
                default: return try FluentTurbulenceAnswers.keyword(keyword, &answers, into: &patch)
                }
                return true
            })
        set.add(
            keywordCommand("pressure-outlet", session, type: .pressureOutlet) {
                keyword, answers, patch in
                switch keyword {
                case "gauge-pressure":
                    try noProfile(&answers, "gauge pressure")
                    patch.outletGaugePressure = try answers.real("gauge-pressure", default: 0)
                case "t0" where session.settings.setup.energyEnabled:
                    try noProfile(&answers, "backflow temperature")
                    patch.backflowTemperature = try answers.real("t0", default: 300)
                default:
                    // Backflow turbulence is read and checked, then not used: Courant's
                    // outlets take k and omega from the cell on backflow.
                    var backflow = patch
                    return try FluentTurbulenceAnswers.keyword(keyword, &answers, into: &backflow)
                }
                return true
            })
        set.add(
            keywordCommand("wall", session, type: .wall) { keyword, _, _ in
                if keyword.hasPrefix("shear-bc") {
                    throw ShellError.unavailable("walls other than no-slip are not available")
                }
                return false
            })
        menu.add(
            .command(
                CommandNode(
                    "copy-bc", help: "Copy a zone's conditions to others: FROM TO... ()",
                    isRecorded: false, readsAnswers: true
                ) { call in
                    let zones = try call.answers.filter { $0 != "()" && $0 != "," }.map {
                        try FluentZoneIds.zoneName($0, session)
                    }
                    guard let from = zones.first, zones.count > 1 else {
                        throw ShellError.malformed("expected FROM and at least one TO zone")
                    }
                    let source = session.settings.patch(from)
                    for zone in [from] + zones.dropFirst() {
                        try checkZone(zone, session, type: source.zoneType)
                    }
                    for zone in zones.dropFirst() { session.settings.patches[zone] = source }
                }))
        let lacking: [(String, String)] = [
            (
                "pressure-far-field",
                "pressure far-field boundaries (compressible) are not available"
            ),
            ("pressure-inlet", "pressure inlets are not available"),
            ("mass-flow-inlet", "mass-flow inlets are not available"),
            ("outflow", "outflow boundaries are not available"),
            ("porous-jump", "porous jumps are not available"),
            ("fluid", "cell-zone conditions (materials, sources, porous zones) are not available"),
        ]
        for (name, reason) in lacking {
            menu.add(Refusal.command(name, help: "Not available in Courant", reason))
        }
    }

    /// A keyword-form command: zones up to `()`, then keywords `read` handles (returning false
    /// for a keyword it does not know), turbulence keywords refused, `quit` or `q` to end.
    private static func keywordCommand(
        _ name: String, _ session: CourantSession, type: PatchSettings.ZoneType,
        read: @escaping (String, inout AnswerCursor, inout PatchSettings) throws -> Bool
    ) -> TreeNode {
        .command(
            CommandNode(
                name, help: "\(name) ZONES () KEYWORD VALUE ... quit", isRecorded: false,
                readsAnswers: true
            ) { call in
                var answers = AnswerCursor(call.answers)
                var zones: [String] = []
                while let word = answers.take(), word != "()", word != "," {
                    zones.append(try FluentZoneIds.zoneName(word, session))
                }
                guard !zones.isEmpty else { throw ShellError.malformed("expected zone names") }
                for zone in zones { try checkZone(zone, session, type: type) }
                var patches = zones.map { session.settings.patch($0) }
                while let keyword = answers.take(), keyword != "quit", keyword != "q" {
                    let turbulent = session.settings.setup.viscousModel.isTurbulent
                    if !turbulent,
                        keyword.hasPrefix("turb") || keyword.hasPrefix("ke-") || keyword == "k-spec"
                    {
                        throw ShellError.unavailable("\(keyword): \(Refusal.turbulence)")
                    }
                    var handled = false
                    for index in patches.indices {
                        var cursor = answers
                        handled = try read(keyword, &cursor, &patches[index])
                        if index == patches.count - 1 { answers = cursor }
                    }
                    guard handled else {
                        throw ShellError.malformed(
                            "'\(keyword)' is not a \(name) keyword Courant has")
                    }
                }
                for (zone, patch) in zip(zones, patches) { session.settings.patches[zone] = patch }
            })
    }

    private static func checkZone(
        _ zone: String, _ session: CourantSession, type: PatchSettings.ZoneType
    ) throws {
        let patches = session.settings.mesh.patchNameList
        guard patches.contains(zone) else {
            throw ShellError(
                "no zone '\(zone)'; zones are \(patches.joined(separator: ", "))")
        }
        let actual = session.settings.patch(zone).zoneType
        guard actual == type else {
            throw ShellError("zone '\(zone)' is a \(actual.rawValue), not a \(type.rawValue)")
        }
    }

    private static func noProfile(_ answers: inout AnswerCursor, _ quantity: String) throws {
        if try answers.boolean("use profile for \(quantity)?", default: false) {
            throw ShellError.unavailable("profiles for \(quantity) are not available")
        }
    }
}
