import CommandShell
import FiniteVolume

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

    /// A direction vector `X Y` or `X Y Z` (Z read when the next answer is a number): on a
    /// mesh of `dimension` 2 a Z other than 0 is refused, the plane having no such direction;
    /// the zero vector is malformed.
    mutating func direction(_ name: String, dimension: Int) throws -> Vector3 {
        let x = try real("\(name) x", default: 1)
        let y = try real("\(name) y", default: 0)
        var z = 0.0
        if let word = rest.first, let value = Double(word) {
            _ = take()
            z = value
        }
        if dimension == 2, z != 0 {
            throw ShellError.unavailable("a \(name) out of the plane (z = \(z)) on a 2-D mesh")
        }
        let vector = Vector3(x, y, z)
        guard vector.magnitude > 0 else { throw ShellError.malformed("the \(name) is zero") }
        return vector
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
