import CommandShell

/// Reads a Fluent command's answers in prompt order (`CommandCall.answers`), with `,` taking
/// the prompt's default, as the zone-first boundary-condition forms need.
struct AnswerCursor {
    /// The answers, in order.
    let answers: [String]
    /// The index of the next answer.
    private(set) var position = 0

    init(_ answers: [String]) {
        self.answers = answers
    }

    /// Whether every answer has been read.
    var isAtEnd: Bool { position >= answers.count }

    /// The answers not yet read.
    var rest: ArraySlice<String> { answers[position...] }

    /// The next answer as yes/no; `,` or nothing left gives `defaultValue`.
    mutating func boolean(_ prompt: String, default defaultValue: Bool) throws -> Bool {
        guard let word = take(), word != "," else { return defaultValue }
        guard case .boolean(let yes) = try? ValueType.boolean.parse(word) else {
            throw ShellError.malformed("\(prompt): '\(word)' is not yes or no")
        }
        return yes
    }

    /// The next answer as a number; `,` gives `defaultValue`, nothing left is malformed.
    mutating func real(_ prompt: String, default defaultValue: Double) throws -> Double {
        guard let word = take() else {
            throw ShellError.malformed("\(prompt): expected a number, the answers ended")
        }
        if word == "," { return defaultValue }
        guard let value = Double(word), value.isFinite else {
            throw ShellError.malformed("\(prompt): '\(word)' is not a number")
        }
        return value
    }

    /// The next answer as it was written, if any.
    mutating func take() -> String? {
        guard position < answers.count else { return nil }
        defer { position += 1 }
        return answers[position]
    }

    /// Whether the answers from here are a turbulence specification as Fluent asks it when a
    /// turbulence model is on: up to four method yes/no questions ending at the first yes, then
    /// two numbers (intensity and length scale, viscosity ratio or hydraulic diameter). Reads
    /// them when they are.
    mutating func skipTurbulenceSpecification() -> Bool {
        var index = position
        var methods = 0
        while index < answers.count, methods < 4 {
            guard case .boolean(let yes) = try? ValueType.boolean.parse(answers[index]) else {
                return false
            }
            index += 1
            methods += 1
            if yes { break }
        }
        guard index + 2 <= answers.count,
            Double(answers[index]) != nil, Double(answers[index + 1]) != nil
        else { return false }
        position = index + 2
        return true
    }
}
