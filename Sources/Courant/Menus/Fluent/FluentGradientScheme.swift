import CommandShell
import FiniteVolume
import FlowSolver

/// `/solve/set/gradient-scheme`: Courant's scheme names, or Fluent's two answers
/// `gradient-scheme NODE-BASED? LEAST-SQUARES?` (`n y`: least-squares cell-based, Fluent's
/// default; `n n`: Green-Gauss cell-based; a `y` to Green-Gauss node-based is refused, Courant
/// has no node-based gradient). The second answer may be left out (then least squares, the
/// prompt's default). The case file writes the scheme by name.
enum FluentGradientScheme {
    /// The second answer read after a first yes/no, for the `set` that follows it.
    private final class PendingAnswer {
        var leastSquares: Bool?
    }

    static func setting(_ session: CourantSession) -> SettingNode {
        let names = GradientScheme.allCases.map(\.rawValue)
        let pending = PendingAnswer()
        let setting = SettingNode(
            "gradient-scheme",
            help: "Cell-gradient reconstruction (Fluent default least squares), or Fluent's "
                + "answers node-based? least-squares?",
            type: .constrained(
                .string, summary: "one of: \(names.joined(separator: ", ")); or yes/no answers",
                check: { value in
                    guard case .text(let word) = value else { return }
                    if try named(word, names) == nil, boolean(word) == nil {
                        throw ShellError.malformed(
                            "'\(word)' is not one of: \(names.joined(separator: ", "))")
                    }
                }),
            default: .text(CaseSetup().gradientScheme.rawValue),
            get: { .text(session.settings.setup.gradientScheme.rawValue) },
            set: { value in
                guard case .text(let word) = value else { throw ShellError("expected a name") }
                defer { pending.leastSquares = nil }
                if let scheme = try named(word, names) {
                    guard pending.leastSquares == nil else {
                        throw ShellError.malformed("unexpected answers after the scheme's name")
                    }
                    session.settings.setup.gradientScheme = scheme
                    return
                }
                if boolean(word) == true {
                    throw ShellError.unavailable(
                        "Green-Gauss node-based gradients are not available (Courant's are "
                            + "cell-based: least squares or Green-Gauss)")
                }
                session.settings.setup.gradientScheme =
                    (pending.leastSquares ?? true) ? .leastSquaresCellBased : .greenGaussCellBased
            })
        setting.trailingAnswers = { answers in
            pending.leastSquares = nil
            guard let first = answers.first else { return }
            guard answers.count == 1, let leastSquares = boolean(first) else {
                throw ShellError.malformed(
                    "gradient-scheme takes a scheme name, or two yes/no answers (node-based? "
                        + "least-squares?)")
            }
            pending.leastSquares = leastSquares
        }
        return setting
    }

    /// The scheme a name (or a Fluent abbreviation of one) gives, nil for a yes/no answer.
    private static func named(_ word: String, _ names: [String]) throws -> GradientScheme? {
        guard boolean(word) == nil else { return nil }
        guard case .unique(let index) = NameMatcher.match(word, in: names, breakingTies: false)
        else { return nil }
        return GradientScheme(rawValue: names[index])
    }

    /// `yes`/`no` (and their other spellings) as a Boolean, nil for any other word.
    private static func boolean(_ word: String) -> Bool? {
        guard case .boolean(let value) = try? ValueType.boolean.parse(word) else { return nil }
        return value
    }
}
