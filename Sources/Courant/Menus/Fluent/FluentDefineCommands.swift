import CommandShell
import FiniteVolume
import FlowSolver

/// Fluent's answer forms under `/define` beside Courant's settings: `operating-conditions/
/// gravity yes X Y [Z]` (or `no`), `operating-pressure P`, and `materials/change-create`.
enum FluentDefineCommands {
    /// `gravity yes X Y` (2-D) or `yes X Y 0` (a 3-D journal in the x-y plane); `gravity no`
    /// switches gravity off. Sets what `gravity-x` and `gravity-y` hold.
    static func gravity(_ session: CourantSession) -> TreeNode {
        .command(
            CommandNode(
                "gravity", help: "Fluent's form: gravity yes X Y, or gravity no (m/s^2)",
                isRecorded: false, readsAnswers: true
            ) { call in
                var cursor = AnswerCursor(call.answers)
                guard try cursor.boolean("gravity?", default: false) else {
                    guard cursor.isAtEnd else {
                        throw ShellError.malformed(
                            "unexpected answers after 'no': \(cursor.rest.joined(separator: " "))")
                    }
                    session.settings.setup.operating.gravity = .zero
                    return
                }
                let x = try cursor.real("gravity x (m/s^2)", default: 0)
                let y = try cursor.real("gravity y (m/s^2)", default: 0)
                if let word = cursor.take() {
                    guard let z = Double(word), cursor.isAtEnd else {
                        throw ShellError.malformed("gravity yes X Y [Z]: unexpected '\(word)'")
                    }
                    guard z == 0 else {
                        throw ShellError.unavailable(
                            "gravity out of the x-y plane (z = \(word)) is not available in 2-D")
                    }
                }
                session.settings.setup.operating.gravity = Vector3(x, y, 0)
            })
    }

    /// `operating-pressure P`: accepted with one line, since Courant's density is constant and
    /// every pressure it reads or reports is gauge, as Fluent's are at constant density.
    static var operatingPressure: TreeNode {
        .command(
            CommandNode(
                "operating-pressure", help: "Fluent's operating pressure (no effect in Courant)",
                arguments: [
                    CommandArgument(
                        "operating-pressure", help: "Operating pressure", type: .real(range: nil),
                        units: "Pa")
                ], isRecorded: false
            ) { call in
                call.session.write(
                    "operating-pressure: no effect: Courant's density is constant and its "
                        + "pressures are gauge pressures\n")
            })
    }

    /// `change-create MATERIAL NEW-NAME` then, in Fluent's order, change density? specific
    /// heat? thermal conductivity? viscosity? each answered `no` or `yes constant VALUE`; later
    /// properties must be `no` (Courant's fluid has these four); a last yes/no is Fluent's
    /// overwrite confirmation. Nothing changes unless every answer is read.
    static func changeCreate(_ session: CourantSession) -> TreeNode {
        .command(
            CommandNode(
                "change-create",
                help: "MATERIAL NEW-NAME then density, cp, k, viscosity: no | yes constant VALUE",
                isRecorded: false, readsAnswers: true
            ) { call in
                var cursor = AnswerCursor(call.answers)
                guard cursor.take() != nil, cursor.take() != nil else {
                    throw ShellError.malformed("expected the material name and its new name")
                }
                let properties: [(String, WritableKeyPath<FluidProperties, Double>)] = [
                    ("density", \.density), ("specific heat", \.specificHeat),
                    ("thermal conductivity", \.thermalConductivity),
                    ("viscosity", \.viscosity),
                ]
                var fluid = session.settings.setup.fluid
                for (name, keyPath) in properties where !cursor.isAtEnd {
                    guard try cursor.boolean("change \(name)?", default: false) else { continue }
                    let method = cursor.take() ?? ""
                    guard method == "constant" else {
                        throw ShellError.unavailable(
                            "\(name) by '\(method)' is not available (Courant's properties are "
                                + "constant)")
                    }
                    let value = try cursor.real(name, default: fluid[keyPath: keyPath])
                    guard value > 0 else { throw ShellError.malformed("\(name) must be positive") }
                    fluid[keyPath: keyPath] = value
                }
                var position = 4
                while !cursor.isAtEnd {
                    position += 1
                    let last = cursor.rest.count == 1
                    if try cursor.boolean("change property \(position)?", default: false), !last {
                        throw ShellError.unavailable(
                            "material property \(position) of Fluent's list is not available "
                                + "(Courant's fluid has density, specific heat, thermal "
                                + "conductivity and viscosity); nothing changed")
                    }
                }
                session.settings.setup.fluid = fluid
            })
    }
}
