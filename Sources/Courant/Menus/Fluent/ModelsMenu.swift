import CommandShell
import FlowSolver

/// Fluent's `/define/models` items beside Courant's `energy?`: the steady pressure-based set-up
/// Courant solves is accepted as written, laminar or SST k-ω (`viscous/kw-sst? yes`, the one
/// viscous-model setting written to case files); every other model is refused naming it, and a
/// refused turbulence model's name is remembered so that residual criteria given for its
/// equations are read (and said to be ignored) instead of being taken for the next commands.
enum ModelsMenu {
    /// Turbulence models by Fluent's name, with the residual equations each adds.
    static let turbulenceModels: [String: [String]] = [
        "kw-sst": ["k", "omega"], "kw-standard": ["k", "omega"], "kw-bsl": ["k", "omega"],
        "kw-geko": ["k", "omega"], "ke-standard": ["k", "epsilon"],
        "ke-realizable": ["k", "epsilon"], "ke-rng": ["k", "epsilon"],
        "k-epsilon": ["k", "epsilon"], "k-omega": ["k", "omega"],
        "spalart-allmaras": ["nut"], "reynolds-stress-model": ["k", "epsilon"],
        "sas": ["k", "omega"], "les": [], "des": [],
    ]

    /// Adds Fluent's model items to `/define/models`.
    static func add(to models: MenuNode, session: CourantSession) {
        let viscous = models.addMenu("viscous", help: "Viscous model: laminar or SST k-omega")
        let setModel = { (model: ViscousModel) in
            session.settings.setup.viscousModel = model
            session.pendingTurbulenceEquations = []
            session.settings.residualMonitors.synchronise(with: session.settings.equations)
        }
        viscous.add(
            .setting(
                Setting.boolean(
                    "kw-sst?", "SST k-omega turbulence model (adds the k and omega residuals)",
                    default: false,
                    get: { session.settings.setup.viscousModel == .kOmegaSST },
                    set: { yes in
                        if yes {
                            setModel(.kOmegaSST)
                        } else if session.settings.setup.viscousModel == .kOmegaSST {
                            setModel(.laminar)
                        }
                    })))
        viscous.add(
            .command(
                CommandNode(
                    "laminar", help: "Laminar flow (no turbulence model)",
                    arguments: [
                        CommandArgument(
                            "laminar?", help: "yes", type: .boolean, default: .boolean(true),
                            optional: true)
                    ], isRecorded: false
                ) { call in
                    guard try call.boolean("laminar?") else {
                        guard session.settings.setup.viscousModel != .laminar else {
                            throw ShellError.unavailable(
                                "laminar? no: choose a turbulence model (kw-sst? yes)")
                        }
                        return
                    }
                    setModel(.laminar)
                }))
        viscous.add(
            Refusal.command("inviscid", help: "Inviscid flow", "inviscid flow is not available"))
        viscous.add(
            Refusal.command(
                "near-wall-treatment", help: "Wall treatment",
                "wall treatments other than SST's resolved walls (y+ about 1) are not available"))
        viscous.setDefaultCommand(
            CommandNode(
                "model", help: "A turbulence model Courant lacks (refused naming it)",
                isRecorded: false,
                readsAnswers: true
            ) { call in
                guard let model = call.answers.first,
                    let equations = turbulenceModels[model]
                        ?? turbulenceModels.first(where: { model.hasPrefix($0.key) })?.value
                else {
                    throw ShellError(
                        "no viscous model '\(call.answers.first ?? "")'", reason: .unknown)
                }
                session.pendingTurbulenceEquations = equations
                throw ShellError.unavailable("\(model): \(Refusal.turbulence)")
            }, claims: { turbulenceModels[$0] != nil && $0 != "kw-sst" })
        models.add(
            .command(
                CommandNode(
                    "steady", help: "Steady flow (Courant's only time model)",
                    arguments: [
                        CommandArgument(
                            "steady?", help: "yes", type: .boolean, default: .boolean(true),
                            optional: true)
                    ], isRecorded: false
                ) { call in
                    guard try call.boolean("steady?") else {
                        throw ShellError.unavailable(transient)
                    }
                }))
        for name in ["unsteady-1st-order", "unsteady-2nd-order", "unsteady-2nd-order-bounded"] {
            models.add(Refusal.command(name, help: "Transient flow", transient))
        }
        let solver = models.addMenu("solver", help: "Solver: Courant's is pressure-based")
        solver.add(
            .command(
                CommandNode(
                    "pressure-based", help: "Pressure-based solver (Courant's)",
                    arguments: [
                        CommandArgument(
                            "pressure-based?", help: "yes", type: .boolean,
                            default: .boolean(true), optional: true)
                    ], isRecorded: false
                ) { call in
                    guard try call.boolean("pressure-based?") else {
                        throw ShellError.unavailable(densityBased)
                    }
                }))
        for name in ["density-based-explicit", "density-based-implicit"] {
            solver.add(Refusal.command(name, help: "Density-based solver", densityBased))
        }
        let lacking: [(String, String)] = [
            ("radiation", "radiation models are not available"),
            ("multiphase", "multiphase models are not available"),
            ("species", "species transport is not available"),
            ("dpm", "discrete-phase models are not available"),
            ("acoustics", "acoustics models are not available"),
            ("solidification-melting?", "solidification and melting are not available"),
        ]
        for (name, reason) in lacking {
            models.add(Refusal.command(name, help: "Not available in Courant", reason))
        }
    }

    /// The line refusing transient settings.
    static let transient = "transient flow is not available (Courant is steady)"
    /// The line refusing the density-based solver.
    static let densityBased =
        "the density-based solver is not available (Courant is pressure-based)"

    /// Fluent's answers after `energy yes`: compressibility, viscous dissipation, pressure work
    /// and kinetic energy (each must be no), then diffusion at inlets (yes, Fluent's default:
    /// a no is refused); `,` keeps Fluent's default.
    static func energyAnswers(_ answers: [String]) throws {
        let names = [
            "compressibility effects", "viscous dissipation", "pressure work", "kinetic energy",
        ]
        guard answers.count <= names.count + 1 else {
            throw ShellError.malformed("energy takes at most 5 answers after yes")
        }
        for (position, answer) in answers.enumerated() where answer != "," {
            guard case .boolean(let yes) = try ValueType.boolean.parse(answer) else { continue }
            if position < names.count, yes {
                throw ShellError.unavailable("\(names[position]) are not available")
            }
            if position == names.count, !yes {
                throw ShellError.unavailable("leaving out diffusion at inlets is not available")
            }
        }
    }
}
