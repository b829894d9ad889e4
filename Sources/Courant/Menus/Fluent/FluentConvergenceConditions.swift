import CommandShell
import Monitoring

/// Fluent's forms of `/solve/convergence-conditions`: `frequency N`, and the keyword form of
/// `conv-reports add`, as PyFluent's mixing-elbow example writes it:
///
///     conv-reports add NAME initial-values-to-ignore 20 previous-values-to-consider 15
///         print? yes report-defs REPORT stop-criterion 1e-05 quit quit condition 1 frequency 3
///         quit
///
/// Keywords in any order up to `quit`: `report-defs` (required), `stop-criterion`,
/// `initial-values-to-ignore`, `previous-values-to-consider`, `print?`, `active?`. Words after
/// it are read in the menus the `quit`s lead back to: `condition 1|2` (all or any condition;
/// also by name) and `frequency N`. Courant keys a condition by its report, so NAME is not kept.
/// Nothing changes unless every word is read.
enum FluentConvergenceConditions {
    /// The keywords of one condition.
    static let keywords = [
        "report-defs", "stop-criterion", "initial-values-to-ignore",
        "previous-values-to-consider", "print?", "print", "active?", "active",
    ]

    /// `frequency N`: conditions may end the run only every N iterations.
    static func frequency(_ session: CourantSession) -> CommandNode {
        CommandNode(
            "frequency", help: "Judge the conditions every this many iterations (default 1)",
            arguments: [
                CommandArgument(
                    "frequency", help: "Iterations between judgements",
                    type: .integer(range: 1...Int(Int32.max)))
            ]
        ) { call in
            session.settings.convergenceConditions.frequency = try call.integer("frequency")
        }
    }

    /// The keyword form of `conv-reports add`: taken when the word after the name is a keyword.
    static func keywordForm(_ session: CourantSession)
        -> (claims: ([String]) -> Bool, action: (CommandCall) throws -> Void)
    {
        (
            claims: { words in words.count >= 2 && keywords.contains(words[1]) },
            action: { call in try add(call.answers, session) }
        )
    }

    private static func add(_ answers: [String], _ session: CourantSession) throws {
        var cursor = AnswerCursor(answers)
        guard cursor.take() != nil else { throw ShellError.malformed("expected a condition name") }
        var report: String?
        var condition = ConvergenceCondition(reportDefinition: "")
        while let keyword = cursor.take(), keyword != "quit", keyword != "q" {
            switch keyword {
            case "report-defs":
                guard let name = cursor.take(), session.settings.reportNames.contains(name) else {
                    throw ShellError(
                        "report-defs: no such report definition (they are "
                            + session.settings.reportNames.joined(separator: ", ") + ")")
                }
                report = name
            case "stop-criterion":
                condition.stopCriterion = try cursor.real(keyword, default: 1e-3)
                guard (0...1).contains(condition.stopCriterion) else {
                    throw ShellError.malformed("stop-criterion must be in [0, 1]")
                }
            case "initial-values-to-ignore":
                condition.initialValuesToIgnore = try count(&cursor, keyword, minimum: 0)
            case "previous-values-to-consider":
                condition.previousValuesToConsider = try count(&cursor, keyword, minimum: 1)
            case "print?", "print":
                condition.printsMessage = try cursor.boolean(keyword, default: true)
            case "active?", "active":
                condition.isActive = try cursor.boolean(keyword, default: true)
            default:
                throw ShellError.malformed(
                    "unknown keyword '\(keyword)' (Courant reads "
                        + keywords.joined(separator: ", ") + ", quit)")
            }
        }
        guard let report else { throw ShellError.malformed("no report-defs given") }
        condition.reportDefinition = report
        var settings = session.settings.convergenceConditions
        while let word = cursor.take() {
            switch word {
            case "quit", "q": continue
            case "condition":
                let choice = cursor.take() ?? ""
                switch choice.lowercased() {
                case "1", "all", ConvergenceConditionSettings.Combination.all.rawValue:
                    settings.combination = .all
                case "2", "any", ConvergenceConditionSettings.Combination.any.rawValue:
                    settings.combination = .any
                default:
                    throw ShellError.malformed("condition: '\(choice)' is not 1 (all) or 2 (any)")
                }
            case "frequency":
                settings.frequency = try count(&cursor, word, minimum: 1)
            default:
                throw ShellError.malformed(
                    "unexpected '\(word)' after the condition (Courant reads condition, "
                        + "frequency, quit)")
            }
        }
        let previous = session.settings.convergenceConditions
        session.settings.convergenceConditions = settings
        do {
            try ConvergenceConditionsMenu.append(condition, session)
        } catch {
            session.settings.convergenceConditions = previous
            throw error
        }
    }

    private static func count(_ cursor: inout AnswerCursor, _ keyword: String, minimum: Int)
        throws -> Int
    {
        guard let word = cursor.take(), let value = Int(word), value >= minimum else {
            throw ShellError.malformed("\(keyword): expected an integer ≥ \(minimum)")
        }
        return value
    }
}
