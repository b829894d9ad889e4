import Foundation

/// The arithmetic inside a journal's `{...}`: `{1/Re}`, `{cells}`, `{2*pi*r^2}`.
///
/// Grammar (usual precedence, `^` right-associative and above unary minus as in `-x^2 = -(x^2)`):
/// ```
/// expression := term (('+' | '-') term)*
/// term       := unary (('*' | '/') unary)*
/// unary      := '-' unary | power
/// power      := primary ('^' unary)?
/// primary    := number | name | name '(' expression (',' expression)* ')' | '(' expression ')'
/// ```
/// Functions: `sqrt`, `exp`, `log` (natural), `abs`, `min`, `max`. A lone name may be a text
/// parameter (`{case}`); in arithmetic every name must be a number.
public struct ParameterExpression {
    private let characters: [Character]
    private var position = 0
    private let values: [String: ParameterValue]
    /// How deep the recursive descent is: bounded, so `{((((...1))))}` or `{----1}` written a
    /// million deep is an error rather than a stack overflow.
    private var depth = 0
    private static let maximumDepth = 200

    /// Evaluates `source` (the text between the braces) with the given parameter values.
    public static func evaluate(_ source: String, values: [String: ParameterValue]) throws
        -> ParameterValue
    {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        if let value = values[trimmed] { return value }
        var parser = ParameterExpression(characters: Array(source), values: values)
        let number = try parser.expression()
        parser.skipBlanks()
        if parser.position < parser.characters.count {
            throw ShellError("unexpected '\(parser.characters[parser.position])' in {\(source)}")
        }
        guard number.isFinite else { throw ShellError("{\(source)} is not finite") }
        return .number(number)
    }

    private init(characters: [Character], values: [String: ParameterValue]) {
        self.characters = characters
        self.values = values
    }

    private var source: String { String(characters) }

    private mutating func skipBlanks() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// Consumes `symbol` if it is the next non-blank character.
    private mutating func take(_ symbol: Character) -> Bool {
        skipBlanks()
        guard position < characters.count, characters[position] == symbol else { return false }
        position += 1
        return true
    }

    private mutating func expression() throws -> Double {
        var value = try term()
        while true {
            if take("+") {
                value += try term()
            } else if take("-") {
                value -= try term()
            } else {
                return value
            }
        }
    }

    private mutating func term() throws -> Double {
        var value = try unary()
        while true {
            if take("*") {
                value *= try unary()
            } else if take("/") {
                let divisor = try unary()
                guard divisor != 0 else { throw ShellError("division by zero in {\(source)}") }
                value /= divisor
            } else {
                return value
            }
        }
    }

    private mutating func unary() throws -> Double {
        // Every nesting (parentheses, unary minus, powers, function arguments) passes here.
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw ShellError("{...} nested more than \(Self.maximumDepth) deep")
        }
        if take("-") { return -(try unary()) }
        let base = try primary()
        return take("^") ? Foundation.pow(base, try unary()) : base
    }

    private mutating func primary() throws -> Double {
        skipBlanks()
        if take("(") {
            let value = try expression()
            guard take(")") else { throw ShellError("missing ')' in {\(source)}") }
            return value
        }
        guard position < characters.count else {
            throw ShellError("incomplete expression {\(source)}")
        }
        let first = characters[position]
        if first.isNumber || first == "." { return try number() }
        guard first.isLetter || first == "_" else {
            throw ShellError("unexpected '\(first)' in {\(source)}")
        }
        let name = word()
        if take("(") { return try call(name) }
        switch values[name] {
        case .number(let number): return number
        case .text:
            throw ShellError("parameter '\(name)' is text and cannot be used in arithmetic")
        case nil:
            let declared = values.keys.sorted().joined(separator: ", ")
            throw ShellError(
                "unknown parameter '\(name)' in {\(source)} (declared: "
                    + (declared.isEmpty ? "none" : declared) + ")")
        }
    }

    private mutating func word() -> String {
        let start = position
        while position < characters.count,
            characters[position].isLetter || characters[position].isNumber
                || characters[position] == "_"
        {
            position += 1
        }
        return String(characters[start..<position])
    }

    private mutating func number() throws -> Double {
        let start = position
        while position < characters.count {
            let character = characters[position]
            let afterExponent =
                position > start && "eE".contains(characters[position - 1])
                && "+-".contains(character)
            guard
                character.isNumber || character == "." || "eE".contains(character)
                    || afterExponent
            else { break }
            position += 1
        }
        let text = String(characters[start..<position])
        guard let value = Double(text) else {
            throw ShellError("'\(text)' is not a number in {\(source)}")
        }
        return value
    }

    private mutating func call(_ name: String) throws -> Double {
        var arguments = [try expression()]
        while take(",") { arguments.append(try expression()) }
        guard take(")") else { throw ShellError("missing ')' in {\(source)}") }
        let unary: [String: (Double) -> Double] = [
            "sqrt": { $0.squareRoot() }, "exp": Foundation.exp, "log": Foundation.log,
            "abs": { Swift.abs($0) },
        ]
        if let function = unary[name], arguments.count == 1 { return function(arguments[0]) }
        if name == "min", let least = arguments.min() { return least }
        if name == "max", let largest = arguments.max() { return largest }
        throw ShellError(
            "unknown function '\(name)' with \(arguments.count) argument(s) in {\(source)}")
    }
}
