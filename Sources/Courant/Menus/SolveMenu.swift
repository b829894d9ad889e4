import CommandShell
import FiniteVolume
import FlowSolver
import LinearSolvers

/// `/solve`: solution controls, initialisation, monitors, convergence conditions, iterate.
enum SolveMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("solve", help: "Solution controls, monitors and iteration")
        menu.add(.menu(controls(for: session)))
        menu.add(.menu(initialize(for: session)))
        menu.add(.menu(ReportDefinitionsMenu.build(for: session)))
        menu.add(.menu(ReportFilesMenu.build(for: session)))
        menu.add(FluentReportFiles.reportPlots)
        menu.add(.menu(MonitorsMenu.build(for: session)))
        menu.add(.menu(ConvergenceConditionsMenu.build(for: session)))
        menu.add(
            Refusal.command(
                "dual-time-iterate", help: "Transient iterations", ModelsMenu.transient))
        menu.add(
            .command(
                CommandNode(
                    "iterate", help: "Perform outer iterations until convergence or the count",
                    arguments: [
                        CommandArgument(
                            "number-of-iterations", help: "Outer iterations to perform at most",
                            type: .integer(range: 1...Int(Int32.max)),
                            default: .integer(session.iterationCount), defaultInJournal: true)
                    ]
                ) { call in
                    let count = try call.integer("number-of-iterations")
                    let outcome = try session.iterate(count: count) { call.session.isInterrupted }
                    switch outcome.status {
                    case .diverged:
                        // Stops a journal here: later commands would work on a non-finite solution.
                        throw ShellError("the solution diverged; iterations so far are kept")
                    case .failed:
                        throw ShellError("the run was stopped: its history cannot be written")
                    default:
                        break
                    }
                }))
        return menu
    }

    private static func controls(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("set", help: "Solution methods and controls")
        menu.add(
            .command(
                CommandNode(
                    "number-of-iterations",
                    help: "The count a bare /solve/iterate performs in a journal (and offers)",
                    arguments: [
                        CommandArgument(
                            "number-of-iterations", help: "Outer iterations",
                            type: .integer(range: 1...Int(Int32.max)))
                    ]
                ) { call in session.iterationCount = try call.integer("number-of-iterations") }))
        menu.add(
            .setting(
                FluentCodes.coupling.setting(
                    "p-v-coupling", "Pressure-velocity coupling scheme (or Fluent's code)",
                    default: PressureVelocityCoupling.simple,
                    get: { session.settings.setup.coupling },
                    set: { session.settings.setup.coupling = $0 })))
        menu.add(.setting(FluentGradientScheme.setting(session)))
        let schemes = menu.addMenu("discretization-scheme", help: "Convection schemes")
        func scheme(
            _ name: String, _ help: String,
            _ keyPath: WritableKeyPath<DiscretisationSchemes, ConvectionScheme>
        ) -> TreeNode {
            .setting(
                FluentCodes.convection.setting(
                    name, help, default: DiscretisationSchemes()[keyPath: keyPath],
                    get: { session.settings.setup.schemes[keyPath: keyPath] },
                    set: { session.settings.setup.schemes[keyPath: keyPath] = $0 }))
        }
        schemes.add(scheme("mom", "Momentum convection scheme", \.momentum))
        schemes.add(scheme("temperature", "Energy convection scheme", \.energy))
        schemes.add(FluentCodes.pressureInterpolation)
        schemes.add(scheme("k", "Turbulent kinetic energy scheme", \.turbulentKineticEnergy))
        schemes.add(
            scheme("omega", "Specific dissipation rate scheme", \.specificDissipationRate))
        schemes.add(FluentCodes.turbulenceScheme("epsilon"))
        schemes.add(Refusal.command("density", help: "Density scheme", FluentCodes.compressible))
        schemes.add(Refusal.command("drsm", help: "Reynolds-stress scheme", Refusal.turbulence))
        schemes.add(
            Refusal.command(
                "disco", help: "Discrete-ordinates scheme", "radiation models are not available"))

        let relaxation = menu.addMenu("under-relaxation", help: "Under-relaxation factors, (0, 1]")
        func factor(
            _ name: String, _ help: String,
            _ keyPath: WritableKeyPath<UnderRelaxation, Double>
        ) -> TreeNode {
            .setting(
                Setting.real(
                    name, help, default: UnderRelaxation()[keyPath: keyPath],
                    type: .realAboveZero(atMost: 1),
                    get: { session.settings.setup.underRelaxation[keyPath: keyPath] },
                    set: { session.settings.setup.underRelaxation[keyPath: keyPath] = $0 }))
        }
        relaxation.add(factor("pressure", "Pressure under-relaxation", \.pressure))
        relaxation.add(factor("mom", "Momentum under-relaxation", \.momentum))
        relaxation.add(factor("temperature", "Energy under-relaxation", \.energy))
        relaxation.aliases["energy"] = "temperature"
        for name in ["density", "body-force"] {
            relaxation.add(FluentCodes.unrelaxed(name))
        }
        relaxation.add(factor("k", "Turbulent kinetic energy", \.turbulentKineticEnergy))
        relaxation.add(factor("omega", "Specific dissipation rate", \.specificDissipationRate))
        relaxation.add(
            factor("turb-viscosity", "Turbulent viscosity (explicit)", \.turbulentViscosity))
        relaxation.add(FluentCodes.turbulenceFactor("epsilon"))

        let linear = menu.addMenu(
            "linear-solver", help: "Linear-solver tolerance and sweep limit per equation")
        let families: [(String, WritableKeyPath<LinearSolverSettings, LinearSolverControls>)] = [
            ("mom", \.momentum), ("pressure", \.pressure), ("temperature", \.energy),
            ("turbulence", \.turbulence),
        ]
        for (family, keyPath) in families {
            linear.add(
                .setting(
                    Setting.real(
                        "\(family)-tolerance",
                        "Relative residual reduction that ends a \(family) solve",
                        default: LinearSolverSettings()[keyPath: keyPath].tolerance,
                        type: .realAboveZero(atMost: 1),
                        get: { session.settings.setup.linearSolvers[keyPath: keyPath].tolerance },
                        set: {
                            session.settings.setup.linearSolvers[keyPath: keyPath].tolerance = $0
                        })))
            linear.add(
                .setting(
                    Setting.integer(
                        "\(family)-max-sweeps", "Sweep limit of a \(family) solve",
                        default: LinearSolverSettings()[keyPath: keyPath].maxSweeps,
                        range: 1...100_000,
                        get: { session.settings.setup.linearSolvers[keyPath: keyPath].maxSweeps },
                        set: {
                            session.settings.setup.linearSolvers[keyPath: keyPath].maxSweeps = $0
                        })))
        }
        menu.add(FluentSolveControls.relaxationMethod)
        for name in ["number-of-time-steps", "time-step", "max-iterations-per-time-step"] {
            menu.add(Refusal.command(name, help: "Transient controls", ModelsMenu.transient))
        }
        menu.add(.menu(FluentSolveControls.pseudoTimeMethod))
        return menu
    }

    private static func initialize(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("initialize", help: "Initial values and flow initialisation")
        let defaults = menu.addMenu("set-defaults", help: "Uniform initial values")
        func initial(
            _ name: String, _ units: String,
            _ keyPath: WritableKeyPath<InitialValues, Double>
        ) -> TreeNode {
            .setting(
                Setting.real(
                    name, "Initial \(name)", units: units,
                    default: InitialValues()[keyPath: keyPath],
                    get: { session.settings.setup.initialValues[keyPath: keyPath] },
                    set: { session.settings.setup.initialValues[keyPath: keyPath] = $0 }))
        }
        defaults.add(initial("x-velocity", "m/s", \.xVelocity))
        defaults.add(initial("y-velocity", "m/s", \.yVelocity))
        defaults.add(initial("pressure", "Pa", \.pressure))
        defaults.add(initial("temperature", "K", \.temperature))
        defaults.add(initial("k", "m^2/s^2", \.turbulentKineticEnergy))
        defaults.add(initial("omega", "1/s", \.specificDissipationRate))
        defaults.add(Refusal.command("epsilon", help: "Initial epsilon", Refusal.turbulence))
        menu.add(.menu(ComputeDefaultsMenu.build(for: session)))
        menu.add(
            .command(
                CommandNode(
                    "initialize-flow",
                    help: "Build the mesh and set every cell to the initial values",
                    arguments: [FluentCodes.confirmation]
                ) { call in
                    guard try FluentCodes.confirmed(call) else { return }
                    try session.initializeFlow(in: call.session)
                }))
        menu.add(
            .command(
                CommandNode(
                    "hyb-initialization",
                    help: "Fluent's hybrid initialisation; Courant initialises with the defaults",
                    arguments: [FluentCodes.confirmation]
                ) { call in
                    guard try FluentCodes.confirmed(call) else { return }
                    call.session.write(
                        "hyb-initialization: Courant has no hybrid (Laplace) initialisation; "
                            + "initialising every cell to the set-defaults values instead\n")
                    try session.initializeFlow(in: call.session)
                }))
        return menu
    }
}
