import CommandShell
import Monitoring

/// `/solve/monitors`: residual monitors with their convergence criteria, the stall monitor, and
/// `list`, which prints the whole monitor tree.
enum MonitorsMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("monitors", help: "Residual and stall monitors")
        menu.add(.menu(residual(for: session)))
        menu.add(.menu(stall(for: session)))
        menu.add(.menu(ForceMonitorsMenu.build(for: session)))
        menu.add(
            .command(
                CommandNode(
                    "list", help: "Print the monitor tree: what decides convergence",
                    isRecorded: false
                ) { call in
                    call.session.write(MonitorTreeView.render(session.settings))
                }))
        return menu
    }

    private static func residual(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("residual", help: "Residual monitors and convergence criteria")
        let equations = { session.settings.equations }
        let equationsRead = { session.settings.equations + session.pendingTurbulenceEquations }
        func perEquation(
            _ name: String, _ help: String, prompt: String, element: ValueType,
            default defaultValue: @escaping (String) -> SettingValue,
            get: @escaping (EquationMonitor) -> SettingValue,
            set: @escaping (inout EquationMonitor, SettingValue) throws -> Void
        ) -> TreeNode {
            .setting(
                Setting.perKey(
                    name, help, prompt: prompt, keys: equations, readKeys: equationsRead,
                    element: element,
                    default: defaultValue,
                    get: { equation in
                        session.settings.residualMonitors[equation].map(get)
                            ?? defaultValue(equation)
                    },
                    set: { pairs in
                        let ignored = pairs.map(\.key).filter {
                            session.pendingTurbulenceEquations.contains($0)
                        }
                        if !ignored.isEmpty {
                            session.write(
                                "\(name): values for \(ignored.joined(separator: ", ")) read and "
                                    + "ignored: \(Refusal.turbulence)\n")
                        }
                        var monitors = session.settings.residualMonitors
                        for (equation, value) in pairs {
                            guard var monitor = monitors[equation] else { continue }
                            try set(&monitor, value)
                            monitors[equation] = monitor
                        }
                        session.settings.residualMonitors = monitors
                    }))
        }
        menu.add(
            perEquation(
                "monitor?", "Print each equation's residual", prompt: "monitor residual?",
                element: .boolean, default: { _ in .boolean(true) },
                get: { .boolean($0.isMonitored) },
                set: { if case .boolean(let flag) = $1 { $0.isMonitored = flag } }))
        menu.add(
            perEquation(
                "check-convergence?", "Check each equation's residual for convergence",
                prompt: "check convergence?", element: .boolean, default: { _ in .boolean(true) },
                get: { .boolean($0.checksConvergence) },
                set: { if case .boolean(let flag) = $1 { $0.checksConvergence = flag } }))
        menu.add(
            perEquation(
                "convergence-criteria", "Absolute criterion on each displayed residual",
                prompt: "residual convergence criterion", element: .positiveReal,
                default: { .real(EquationMonitor.defaultAbsoluteCriterion(for: $0)) },
                get: { .real($0.absoluteCriterion) },
                set: { $0.absoluteCriterion = try Setting.realValue($1) }))
        menu.add(
            perEquation(
                "relative-conv-criteria",
                "Criterion on each residual relative to its value at the start of the run",
                prompt: "relative convergence criterion", element: .positiveReal,
                default: { _ in .real(1e-3) }, get: { .real($0.relativeCriterion) },
                set: { $0.relativeCriterion = try Setting.realValue($1) }))
        menu.add(
            .setting(
                Setting.enumeration(
                    "criterion-type", "How residuals decide convergence",
                    default: CriterionType.absolute,
                    get: { session.settings.residualMonitors.criterionType },
                    set: { session.settings.residualMonitors.criterionType = $0 })))
        menu.add(
            .setting(
                Setting.boolean(
                    "normalize?", "Display and judge residuals normalised by their early maximum",
                    default: false, get: { session.settings.residualMonitors.normalize },
                    set: { session.settings.residualMonitors.normalize = $0 })))
        menu.add(
            .setting(
                Setting.boolean(
                    "scale-residuals?", "Display and judge scaled residuals", default: true,
                    get: { session.settings.residualMonitors.scale },
                    set: { session.settings.residualMonitors.scale = $0 })))
        menu.add(
            .setting(
                Setting.integer(
                    "n-maximize-norms", "Iterations over which normalisation factors are maximised",
                    default: 5, range: 1...10_000,
                    get: { session.settings.residualMonitors.nMaximizeNorms },
                    set: { session.settings.residualMonitors.nMaximizeNorms = $0 })))
        menu.add(
            .setting(
                Setting.real(
                    "divergence-factor",
                    "Growth of a residual over its minimum that is taken as divergence",
                    default: 1e6, range: 1...Double.greatestFiniteMagnitude,
                    get: { session.settings.residualMonitors.divergenceFactor },
                    set: { session.settings.residualMonitors.divergenceFactor = $0 })))
        menu.add(
            .setting(
                Setting.boolean(
                    "print?", "Print the residual table while iterating", default: true,
                    get: { session.settings.printsResiduals },
                    set: { session.settings.printsResiduals = $0 })))
        menu.add(Refusal.ignored("plot", help: "Fluent's residual plot (ignored)", "no graphics"))
        return menu
    }

    private static func stall(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("stall", help: "Stall and oscillation detection (opt-in)")
        menu.add(
            .setting(
                Setting.boolean(
                    "active?", "Watch checked residuals for stalls and oscillations",
                    default: false,
                    get: { session.settings.stallDetection.isActive },
                    set: { session.settings.stallDetection.isActive = $0 })))
        menu.add(
            .setting(
                Setting.integer(
                    "window", "Iterations over which progress is measured", default: 300,
                    range: 8...1_000_000, get: { session.settings.stallDetection.window },
                    set: { session.settings.stallDetection.window = $0 })))
        menu.add(
            .setting(
                Setting.real(
                    "minimum-decade-drop", "Decades a residual must fall over the window",
                    default: 0.5,
                    range: 0...100, get: { session.settings.stallDetection.minimumDecadeDrop },
                    set: { session.settings.stallDetection.minimumDecadeDrop = $0 })))
        menu.add(
            .setting(
                Setting.boolean(
                    "stop-on-stall?", "End the run with status stalled when a residual stalls",
                    default: false, get: { session.settings.stallDetection.stopsOnStall },
                    set: { session.settings.stallDetection.stopsOnStall = $0 })))
        return menu
    }
}
