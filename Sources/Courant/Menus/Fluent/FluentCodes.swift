import CommandShell
import FiniteVolume
import FlowSolver

/// The code tables and small Fluent forms of `/solve/set` and `/solve/initialize`.
enum FluentCodes {
    /// `p-v-coupling`: 20 SIMPLE, 21 SIMPLEC; 22, 24 and 25 are methods Courant lacks.
    static let coupling = FluentCode<PressureVelocityCoupling>(
        codes: [20: .simple, 21: .simplec],
        lacking: [22: "PISO", 24: "Coupled", 25: "Fractional Step"])

    /// Convection schemes: 0 first-order upwind, 1 second-order upwind; 2, 3, 4, 6 lacking.
    static let convection = FluentCode<ConvectionScheme>(
        codes: [0: .firstOrderUpwind, 1: .secondOrderUpwind],
        lacking: [
            2: "power law", 3: "central differencing", 4: "QUICK", 6: "third-order MUSCL",
        ])

    /// The line refusing compressible-flow settings.
    static let compressible = "compressible flow is not available (density is constant)"

    /// `discretization-scheme/pressure`: Courant interpolates face pressure linearly (its
    /// Green-Gauss gradient), which is Fluent's 11; the other interpolations are refused.
    static var pressureInterpolation: TreeNode {
        let lacking = [
            10: "standard pressure interpolation", 12: "second-order pressure interpolation",
            13: "body-force-weighted pressure interpolation", 14: "PRESTO!",
            15: "continuity-based pressure interpolation",
        ]
        return .command(
            CommandNode(
                "pressure", help: "Pressure interpolation: Courant's is linear (Fluent's 11)",
                arguments: [CommandArgument("scheme", help: "Fluent's code", type: .string)]
            ) { call in
                let word = try call.text("scheme")
                if word == "11" || word.lowercased() == "linear" { return }
                if let code = Int(word), let name = lacking[code] {
                    throw ShellError.unavailable(
                        "\(name) (Fluent's \(code)) is not available; Courant interpolates "
                            + "pressure linearly (11)")
                }
                throw ShellError.malformed("'\(word)' is not a pressure scheme code (10-15)")
            })
    }

    /// `discretization-scheme/epsilon CODE` (a model Courant lacks): the code is read, then
    /// refused.
    static func turbulenceScheme(_ equation: String) -> TreeNode {
        .command(
            CommandNode(
                equation, help: "\(equation) convection scheme (model not available)",
                arguments: [CommandArgument("scheme", help: "Fluent's code", type: .string)],
                isRecorded: false
            ) { call in
                _ = try convection.choice(try call.text("scheme"))
                throw ShellError.unavailable(Refusal.turbulence)
            })
    }

    /// `under-relaxation/epsilon FACTOR` (a model Courant lacks): read, then refused.
    static func turbulenceFactor(_ name: String) -> TreeNode {
        .command(
            CommandNode(
                name, help: "\(name) under-relaxation (model not available)",
                arguments: [
                    CommandArgument("factor", help: "Factor", type: .realAboveZero(atMost: 1))
                ], isRecorded: false
            ) { _ in
                throw ShellError.unavailable(Refusal.turbulence)
            })
    }

    /// `under-relaxation/density|body-force`: Courant relaxes neither (density is constant, the
    /// Boussinesq force follows the temperature), which is Fluent's factor 1; another factor
    /// is refused.
    static func unrelaxed(_ name: String) -> TreeNode {
        .command(
            CommandNode(
                name, help: "\(name) under-relaxation: Courant's is 1 (none)",
                arguments: [
                    CommandArgument("factor", help: "Factor", type: .realAboveZero(atMost: 1))
                ], isRecorded: false
            ) { call in
                let factor = try call.real("factor")
                guard factor == 1 else {
                    throw ShellError.unavailable(
                        "\(name) under-relaxation other than 1 is not available (Courant does "
                            + "not relax \(name))")
                }
            })
    }

    /// The confirmation some Fluent versions ask before acting (`initialize-flow yes`,
    /// `exit ok`): optional, `yes`, `y`, `ok` or `no`.
    static var confirmation: CommandArgument {
        CommandArgument(
            "confirm", help: "yes (or ok) to go ahead, no to cancel",
            type: .constrained(
                .string, summary: "yes, ok or no",
                check: { value in
                    guard case .text(let word) = value,
                        ["yes", "y", "ok", "no", "n"].contains(word.lowercased())
                    else { throw ShellError("expected yes, ok or no") }
                }), default: .text("yes"), optional: true)
    }

    /// Whether the optional confirmation said go ahead.
    static func confirmed(_ call: CommandCall) throws -> Bool {
        let word = try call.text("confirm").lowercased()
        return word != "no" && word != "n"
    }
}
