import CommandShell

/// Fluent's solution-method controls that Courant has one fixed choice for: each accepts the
/// value that is Courant's method and refuses the others in one line naming what is missing.
/// - `relaxation-method`: the linear solvers' smoother (journals comment it "Smoother Type");
///   Courant's multigrid and point solvers smooth with Gauss-Seidel.
/// - `pseudo-time-method/formulation CODE`: 0 (off) is Courant's steady SIMPLE/SIMPLEC
///   iteration; 1 (global time step) and 2 (local time step) are pseudo-transient methods.
///   `pseudo-time-method/relaxation-factors/...` (the pseudo-transient explicit factors) have
///   no effect without a pseudo-transient method, in Fluent as here: read and said so.
enum FluentSolveControls {
    static var relaxationMethod: TreeNode {
        .command(
            CommandNode(
                "relaxation-method", help: "Linear-solver smoother: Courant's is gauss-seidel",
                arguments: [CommandArgument("method", help: "Smoother", type: .string)],
                isRecorded: false
            ) { call in
                let method = try call.text("method")
                guard method.lowercased() == "gauss-seidel" else {
                    throw ShellError.unavailable(
                        "the \(method) smoother is not available (Courant's linear solvers "
                            + "smooth with gauss-seidel)")
                }
            })
    }

    static var pseudoTimeMethod: MenuNode {
        let menu = MenuNode(
            "pseudo-time-method", help: "Pseudo-transient iteration: off (0) in Courant")
        menu.add(
            .command(
                CommandNode(
                    "formulation", help: "0 off (Courant's); 1 global, 2 local time step",
                    arguments: [
                        CommandArgument("formulation", help: "Fluent's code", type: .string)
                    ], isRecorded: false
                ) { call in
                    let code = try call.text("formulation")
                    switch code.lowercased() {
                    case "0", "off", "none": return
                    case "1", "2", "global-time-step", "local-time-step":
                        throw ShellError.unavailable(
                            "pseudo-transient iteration (formulation \(code)) is not available "
                                + "(Courant iterates steady SIMPLE/SIMPLEC)")
                    default:
                        throw ShellError.malformed(
                            "'\(code)' is not a pseudo-time formulation (0 off, 1 global, "
                                + "2 local)")
                    }
                }))
        menu.add(
            Refusal.ignored(
                "relaxation-factors", help: "Pseudo-transient explicit factors (no effect)",
                "pseudo-transient relaxation factors have no effect without a pseudo-transient "
                    + "method (Courant's factors: /solve/set/under-relaxation)"))
        return menu
    }
}
