import CommandShell
import FiniteVolume

/// Fluent's zone-name-first boundary-condition commands, `/define/boundary-conditions/
/// velocity-inlet ZONE yes ...`, read in Fluent's prompt order for the settings Courant has
/// (energy adds the temperature questions, a turbulence model the turbulence questions,
/// `FluentTurbulenceAnswers`). The order is Fluent 25.2's, from a
/// transcript of the velocity-inlet and pressure-outlet prompts (method questions are one yes/no
/// per alternative until a yes). Answers for what Courant lacks (a flow direction, profiles,
/// turbulence quantities) are refused naming them; nothing changes unless every answer is read.
enum ZoneFirstBoundaryConditions {
    typealias ZoneType = PatchSettings.ZoneType

    /// `velocity-inlet ZONE`: method (magnitude and direction? components? magnitude normal to
    /// boundary?), absolute frame?, profile?, magnitude (m/s), gauge-pressure profile?, initial
    /// gauge pressure (Pa, no effect at constant density), [energy: profile?, temperature (K)].
    static func velocityInlet(_ session: CourantSession) -> CommandNode {
        command("velocity-inlet", session, type: .velocityInlet) { answers, patch in
            let methods = [
                "a velocity direction", "velocity components", "magnitude normal to the boundary",
            ]
            var chosen: Int?
            for index in methods.indices where chosen == nil {
                if try answers.boolean("velocity specification", default: index == 2) {
                    chosen = index
                }
            }
            guard let chosen else {
                throw ShellError.malformed("no velocity specification method chosen")
            }
            guard chosen == 2 else {
                throw ShellError.unavailable(
                    "inlets with \(methods[chosen]) are not available (Courant's inlets flow "
                        + "normal to the boundary)")
            }
            try absoluteFrame(&answers)
            try noProfile(&answers, "velocity magnitude")
            patch.inletSpeed = try answers.real("velocity magnitude", default: patch.inletSpeed)
            try noProfile(&answers, "gauge pressure")
            _ = try answers.real("supersonic/initial gauge pressure", default: 0)
            if session.settings.setup.energyEnabled {
                try noProfile(&answers, "temperature")
                patch.inletTemperature = try positive(
                    answers.real("temperature", default: patch.inletTemperature), "temperature")
            }
            if session.settings.setup.viscousModel.isTurbulent {
                try FluentTurbulenceAnswers.read(&answers, into: &patch)
            }
        }
    }

    /// `pressure-outlet ZONE`: absolute backflow frame?, profile?, gauge pressure (Pa),
    /// [energy: profile?, backflow temperature (K)], backflow direction (vector? normal?), then
    /// total-pressure backflow? and, where Fluent asks them, radial equilibrium?, average
    /// pressure?, targeted mass flow? (each must be no).
    static func pressureOutlet(_ session: CourantSession) -> CommandNode {
        command("pressure-outlet", session, type: .pressureOutlet) { answers, patch in
            try absoluteFrame(&answers)
            try noProfile(&answers, "gauge pressure")
            patch.outletGaugePressure = try answers.real(
                "gauge pressure", default: patch.outletGaugePressure)
            if session.settings.setup.energyEnabled {
                try noProfile(&answers, "backflow temperature")
                patch.backflowTemperature = try positive(
                    answers.real("backflow total temperature", default: patch.backflowTemperature),
                    "backflow temperature")
            }
            if try answers.boolean("backflow direction: direction vector", default: false) {
                throw ShellError.unavailable("a backflow direction vector is not available")
            }
            guard try answers.boolean("backflow direction: normal to boundary", default: true)
            else {
                throw ShellError.unavailable(
                    "backflow other than normal to the boundary is not available")
            }
            if session.settings.setup.viscousModel.isTurbulent {
                // Backflow turbulence is read and checked, then not used: Courant's outlets
                // take k and omega from the cell on backflow.
                var backflow = patch
                try FluentTurbulenceAnswers.read(&answers, into: &backflow)
            } else {
                try refuseTurbulence(&answers)
            }
            guard try answers.boolean("backflow pressure: total pressure", default: true) else {
                throw ShellError.unavailable(
                    "a static-pressure backflow specification is not available")
            }
            let options = ["radial equilibrium", "average pressure", "targeted mass flow"]
            for option in options where !answers.isAtEnd {
                if try answers.boolean(option, default: false) {
                    throw ShellError.unavailable("\(option) at an outlet is not available")
                }
            }
        }
    }

    /// `wall ZONE`: Fluent's wall prompts depend on the models and version; Courant reads the
    /// laminar, energy-off form `ZONE yes motion-bc-stationary yes shear-bc-noslip`.
    static func wall(_ session: CourantSession) -> CommandNode {
        command("wall", session, type: .wall) { answers, patch in
            while let word = answers.take() {
                switch word {
                case "yes", "y", "no", "n", ",": continue
                case "motion-bc-stationary": patch.wallVelocity = .zero
                case "shear-bc-noslip": continue
                case let keyword where keyword.hasPrefix("shear-bc"):
                    throw ShellError.unavailable(
                        "walls other than no-slip (\(keyword)) are not available")
                default:
                    throw ShellError.malformed(
                        "'\(word)': Courant reads the wall form ZONE yes motion-bc-stationary "
                            + "yes shear-bc-noslip; set other wall values with "
                            + "/define/boundary-conditions/wall/...")
                }
            }
        }
    }

    /// Whether `word` is a patch of the current mesh or a zone id (what a zone-first command
    /// claims).
    static func isPatch(_ word: String, _ session: CourantSession) -> Bool {
        session.settings.mesh.patchNameList.contains(word) || Int(word) != nil
    }

    private static func command(
        _ name: String, _ session: CourantSession, type: ZoneType,
        read: @escaping (inout AnswerCursor, inout PatchSettings) throws -> Void
    ) -> CommandNode {
        CommandNode(
            name, help: "Fluent's form: \(name) ZONE, then the answers in Fluent's order",
            isRecorded: false, readsAnswers: true
        ) { call in
            var answers = AnswerCursor(call.answers)
            guard let word = answers.take() else {
                throw ShellError.malformed("expected a zone name and its answers")
            }
            let zone = try FluentZoneIds.zoneName(word, session)
            let patches = session.settings.mesh.patchNameList
            guard patches.contains(zone) else {
                throw ShellError(
                    "no zone '\(zone)'; zones are \(patches.joined(separator: ", "))")
            }
            var patch = session.settings.patch(zone)
            guard patch.zoneType == type else {
                throw ShellError(
                    "zone '\(zone)' is a \(patch.zoneType.rawValue), not a \(type.rawValue)")
            }
            try read(&answers, &patch)
            if !answers.isAtEnd {
                if answers.skipTurbulenceSpecification(), answers.isAtEnd {
                    throw ShellError.unavailable(
                        "turbulence values at \(zone): \(Refusal.turbulence)")
                }
                throw ShellError.malformed(
                    "unexpected answers '\(answers.rest.joined(separator: " "))' for \(zone)")
            }
            session.settings.patches[zone] = patch
        }
    }

    private static func absoluteFrame(_ answers: inout AnswerCursor) throws {
        guard try answers.boolean("reference frame: absolute", default: true) else {
            throw ShellError.unavailable("relative reference frames are not available")
        }
    }

    private static func noProfile(_ answers: inout AnswerCursor, _ quantity: String) throws {
        if try answers.boolean("use profile for \(quantity)?", default: false) {
            throw ShellError.unavailable("profiles for \(quantity) are not available")
        }
    }

    private static func refuseTurbulence(_ answers: inout AnswerCursor) throws {
        if answers.skipTurbulenceSpecification() {
            throw ShellError.unavailable("turbulence values: \(Refusal.turbulence)")
        }
    }

    private static func positive(_ value: Double, _ name: String) throws -> Double {
        guard value > 0 else { throw ShellError.malformed("\(name) must be positive") }
        return value
    }
}
