import CommandShell

/// A small Fluent-like case and its settings tree, standing in for the Courant tree: the shell
/// is tested against real get/set closures into this state.
final class SampleCase {
    var criteria: [String: Double] = ["continuity": 1e-3, "x-velocity": 1e-3, "y-velocity": 1e-3]
    var energyEnabled = false
    var criterionType = "absolute"
    var maximizeNorms = 5
    var normalize = false
    var plot = true
    var print = true
    var pressureRelaxation = 0.3
    var momentumRelaxation = 0.7
    var coupling = "SIMPLE"
    var viscosity = 1.7894e-5
    var caseName = "cavity"
    var boundaries = ["inlet", "outlet", "wall-bottom", "wall-top"]
    var wallVelocities: [String: Double] = [:]
    var iterationsRun = 0
    var initialized = false

    /// `continuity`, `x-velocity`, `y-velocity`, plus `energy` when the energy model is on.
    var equations: [String] {
        ["continuity", "x-velocity", "y-velocity"] + (energyEnabled ? ["energy"] : [])
    }

    /// A new tree over this case's state; the tree's closures keep the case alive (a test may
    /// drop its last reference to the case while the session still runs).
    var root: MenuNode { makeTree() }

    /// A session over this case's tree writing to `output` and prompting from `lines`.
    func session(
        lines: [LineRead] = [], output: CapturedOutput = CapturedOutput(),
        isInteractive: Bool = true
    ) -> ShellSession {
        ShellSession(
            root: root, output: output, input: ScriptedLines(lines), isInteractive: isInteractive,
            interrupt: InterruptFlag())
    }

    private func makeTree() -> MenuNode {
        let root = MenuNode.root()
        let define = root.addMenu("define", help: "Define models, materials and boundaries")
        let models = define.addMenu("models", help: "Physical models")
        models.addSetting(
            boolean("energy?", "Enable the energy equation", \.energyEnabled, default: false))
        let materials = define.addMenu("materials", help: "Fluid properties")
        materials.addSetting(
            SettingNode(
                "viscosity", help: "Dynamic viscosity", type: .real(range: 1e-12...1e6),
                units: "kg/m-s", default: .real(1.7894e-5),
                get: { [self] in .real(viscosity) },
                set: { [self] in if case .real(let v) = $0 { viscosity = v } }))
        let conditions = define.addMenu("boundary-conditions", help: "Boundary conditions")
        conditions.addCommand(
            CommandNode(
                "wall-velocity", help: "Set the tangential velocity of a wall",
                arguments: [
                    CommandArgument(
                        "zone", help: "Boundary zone",
                        type: .choice(options: { [self] in boundaries })),
                    CommandArgument(
                        "velocity", help: "Tangential velocity", type: .real(range: nil),
                        units: "m/s", default: .real(0)),
                ]
            ) { [self] call in
                wallVelocities[try call.text("zone")] = try call.real("velocity")
            })

        let solve = root.addMenu("solve", help: "Solve the flow")
        solve.addCommand(
            CommandNode("initialize", help: "Initialise the flow field") { [self] _ in
                initialized = true
            })
        solve.addCommand(
            CommandNode(
                "iterate", help: "Run iterations",
                arguments: [
                    CommandArgument(
                        "number-of-iterations", help: "Iterations to run",
                        type: .integer(range: 1...1_000_000), default: .integer(10))
                ]
            ) { [self] call in
                let count = try call.integer("number-of-iterations")
                for _ in 0..<count {
                    if call.session.isInterrupted {
                        call.session.write("Calculation interrupted\n")
                        return
                    }
                    iterationsRun += 1
                }
            })
        let monitors = solve.addMenu("monitors", help: "Residual and report monitors")
        let residual = monitors.addMenu("residual", help: "Residual monitors")
        residual.addSetting(
            SettingNode(
                "convergence-criteria", help: "Convergence criterion of each equation",
                type: .perKey(
                    keys: { [self] in equations }, element: .real(range: 0...1)),
                default: .keyed(KeyedValues(equations.map { ($0, .real(1e-3)) })),
                prompt: "residual convergence criterion",
                get: { [self] in
                    .keyed(KeyedValues(equations.map { ($0, .real(criteria[$0] ?? 1e-3)) }))
                },
                set: { [self] value in
                    guard case .keyed(let keyed) = value else { return }
                    for (key, value) in zip(keyed.keys, keyed.values) {
                        if case .real(let real) = value { criteria[key] = real }
                    }
                }))
        residual.addSetting(
            SettingNode(
                "criterion-type", help: "How residuals are compared with the criteria",
                type: .choice(options: { ["absolute", "relative", "none"] }),
                default: .text("absolute"),
                get: { [self] in .text(criterionType) },
                set: { [self] in if case .text(let t) = $0 { criterionType = t } }))
        residual.addSetting(
            SettingNode(
                "n-maximize-norms", help: "Iterations over which normalisation maxima are taken",
                type: .integer(range: 1...1000), default: .integer(5),
                get: { [self] in .integer(maximizeNorms) },
                set: { [self] in if case .integer(let n) = $0 { maximizeNorms = n } }))
        residual.addSetting(
            boolean("normalize?", "Normalise residuals", \.normalize, default: false))
        residual.addSetting(boolean("plot?", "Plot residuals", \.plot, default: true))
        residual.addSetting(boolean("print?", "Print residuals", \.print, default: true))
        residual.addSetting(
            SettingNode(
                "monitored-equations", help: "Equations monitored", type: .string,
                default: .text("continuity x-velocity y-velocity"),
                get: { [self] in .text(equations.joined(separator: " ")) }, set: nil))

        let set = solve.addMenu("set", help: "Solution controls")
        let relaxation = set.addMenu("under-relaxation", help: "Under-relaxation factors")
        relaxation.addSetting(real("pressure", \.pressureRelaxation, default: 0.3))
        relaxation.addSetting(real("mom", \.momentumRelaxation, default: 0.7))
        set.addSetting(
            SettingNode(
                "p-v-coupling", help: "Pressure-velocity coupling scheme",
                type: .choice(options: { ["SIMPLE", "SIMPLEC"] }), default: .text("SIMPLE"),
                get: { [self] in .text(coupling) },
                set: { [self] in if case .text(let t) = $0 { coupling = t } }))

        let file = root.addMenu("file", help: "Files")
        file.addSetting(
            SettingNode(
                "case-name", help: "Name of the case", type: .string, default: .text("cavity"),
                get: { [self] in .text(caseName) },
                set: { [self] value in
                    guard case .text(let name) = value, !name.isEmpty else {
                        throw ShellError("a case name cannot be empty")
                    }
                    caseName = name
                }))
        return root
    }

    private func boolean(
        _ name: String, _ help: String, _ keyPath: ReferenceWritableKeyPath<SampleCase, Bool>,
        default value: Bool
    ) -> SettingNode {
        SettingNode(
            name, help: help, type: .boolean, default: .boolean(value),
            get: { [self] in .boolean(self[keyPath: keyPath]) },
            set: { [self] in if case .boolean(let b) = $0 { self[keyPath: keyPath] = b } })
    }

    private func real(
        _ name: String, _ keyPath: ReferenceWritableKeyPath<SampleCase, Double>,
        default value: Double
    ) -> SettingNode {
        SettingNode(
            name, help: "Under-relaxation factor of \(name)", type: .real(range: 0...1),
            default: .real(value),
            get: { [self] in .real(self[keyPath: keyPath]) },
            set: { [self] in if case .real(let r) = $0 { self[keyPath: keyPath] = r } })
    }
}
