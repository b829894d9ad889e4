import Foundation

/// A journal: a text file of commands run in order, as Fluent reads them.
///
/// ```
/// ; lid-driven cavity, Re swept from the command line with --set Re=400
/// (parameter Re 100 "Reynolds number")
/// (parameter cells 64 "cells per side")
/// (parameter name "cavity" "case name")
/// /define/materials/viscosity {1/Re}
/// /mesh/generate {cells} {cells}
/// /file/case-name {name}-Re{Re}
/// so mo re co 1e-5 1e-5 1e-5        ; Fluent abbreviations are accepted
/// /solve/monitors/residual/convergence-criteria
///     1e-5 1e-5                      ; arguments may continue on the following lines
///     1e-5
/// /solve/iterate 1000
/// ```
/// - Lines end with `\n`, `\r\n` (a journal saved on Windows) or `\r`, all read alike.
/// - `;` starts a comment; blank lines are ignored.
/// - `(parameter NAME DEFAULT "help")` declares a parameter, on a line of its own, anywhere
///   in the file (all declarations are read before the first command runs). DEFAULT is a number,
///   a word, a quoted string, or a `{...}` expression over parameters declared above it.
///   `--set NAME=VALUE` overrides replace defaults; a declared default that depends on an
///   overridden parameter follows the override.
/// - `{expression}` anywhere in a word is replaced by its value (see `ParameterExpression`);
///   an undeclared name is an error.
/// - A command missing arguments reads them from the following lines, up to the next line
///   that starts with `/` (a new command in full-path form) or a declaration; `,` keeps an
///   argument's default. Arguments still missing then are an error, as a journal has no one to
///   ask.
/// - `!command` lines run the system shell.
/// Every error stops the journal with one line `FILE:LINE: /command/path: message`, and the
/// failing command changes nothing; in batch, after `/file/set-batch-options , no` (Fluent's
/// exit-on-error off), each error is printed and the journal goes on, failing as a whole at its
/// end.
public struct Journal {
    /// The path used in error messages, as the user gave it.
    public let file: String
    /// The journal's text as read (what a run's history records).
    public let text: String
    /// The journal's lines, without newlines.
    public let lines: [String]
    /// The declared parameters, in declaration order.
    public let parameters: [JournalParameter]
    /// (parameters) each declared default as read, with its `{...}` parts.
    private let defaultTokens: [Token]

    /// Parses `text`; throws on a malformed or repeated declaration.
    public init(text: String, file: String) throws {
        self.file = file
        self.text = text
        lines = UserTextFile.lines(of: text).map(String.init)
        var declared: [JournalParameter] = []
        var defaults: [Token] = []
        for (index, line) in lines.enumerated() {
            guard
                let (parameter, value) = try Self.declaration(in: line, line: index + 1, file: file)
            else { continue }
            if let first = declared.first(where: { $0.name == parameter.name }) {
                throw ShellError(
                    "parameter '\(parameter.name)' is already declared on line \(first.line)",
                    path: "(parameter)", location: SourceLocation(file: file, line: index + 1))
            }
            declared.append(parameter)
            defaults.append(value)
        }
        parameters = declared
        defaultTokens = defaults
    }

    /// Reads and parses the journal at `path`.
    public init(contentsOf path: String) throws {
        let text: String
        do throws(UserTextFile.Unreadable) {
            text = try UserTextFile.read(path)
        } catch {
            throw ShellError("cannot read journal: \(error.reason)", path: path)
        }
        try self.init(text: text, file: path)
    }

    /// Splits a command-line override `NAME=VALUE` (as given to `--set`).
    public static func override(_ assignment: String) throws -> (name: String, value: String) {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw ShellError("expected NAME=VALUE, got '\(assignment)'", path: "--set")
        }
        return (
            String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...])
        )
    }

    /// The parameter values a run uses: defaults in declaration order, replaced by `overrides`.
    /// Throws `FILE: --set NAME: ...` for an override of an undeclared parameter.
    public func parameterValues(overrides: [String: String] = [:]) throws
        -> [String: ParameterValue]
    {
        let names = parameters.map(\.name)
        for name in overrides.keys.sorted() where !names.contains(name) {
            throw ShellError(
                "parameter '\(name)' is not declared (declared: "
                    + (names.isEmpty ? "none" : names.joined(separator: ", ")) + ")",
                path: "--set \(name)", location: SourceLocation(file: file, line: nil))
        }
        var values: [String: ParameterValue] = [:]
        for (parameter, defaultToken) in zip(parameters, defaultTokens) {
            if let override = overrides[parameter.name] {
                // `--set Re=nan` is a number no case can use, not a word: say so here, not
                // later as "parameter 'Re' is text".
                if ParameterValue.isNonFiniteNumber(override) {
                    throw ShellError(
                        "'\(override)' is not a finite number", path: "--set \(parameter.name)",
                        location: SourceLocation(file: file, line: nil))
                }
                values[parameter.name] = ParameterValue(reading: override)
                continue
            }
            do {
                values[parameter.name] = try Self.value(of: defaultToken, with: values)
            } catch var error as ShellError {
                error.path = "(parameter \(parameter.name))"
                error.location = SourceLocation(file: file, line: parameter.line)
                throw error
            }
        }
        return values
    }

    /// A declaration's default: a lone `{...}` keeps its value's kind, a number is a number,
    /// and anything else (with `{...}` parts substituted) is text.
    private static func value(of token: Token, with values: [String: ParameterValue]) throws
        -> ParameterValue
    {
        if token.parts.count == 1, case .expression(let source) = token.parts[0] {
            return try ParameterExpression.evaluate(source, values: values)
        }
        let text = try token.expanded {
            try ParameterExpression.evaluate($0, values: values).description
        }
        if !token.isQuoted, ParameterValue.isNonFiniteNumber(text) {
            throw ShellError("'\(text)' is not a finite number")
        }
        return token.isQuoted ? .text(text) : ParameterValue(reading: text)
    }

    /// The declaration on `line`, if it is one: `(parameter NAME DEFAULT ["help"])`, with the
    /// default's token.
    private static func declaration(in text: String, line: Int, file: String) throws
        -> (JournalParameter, Token)?
    {
        guard isDeclaration(text) else { return nil }
        let location = SourceLocation(file: file, line: line)
        func failure(_ message: String) -> ShellError {
            ShellError(message, path: "(parameter)", location: location)
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let close = trimmed.lastIndex(of: ")") else {
            throw failure("missing ')'")
        }
        let tail = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard tail.isEmpty || tail.hasPrefix(";") else {
            throw failure("unexpected '\(tail)' after ')'")
        }
        let inside = String(trimmed.dropFirst()[..<close])
        let tokens: [Token]
        do {
            tokens = try Tokeniser.tokens(of: inside)
        } catch let error as ShellError {
            throw failure(error.message)
        }
        guard tokens.count == 3 || tokens.count == 4 else {
            throw failure("expected (parameter NAME DEFAULT \"help\")")
        }
        let name = tokens[1].text
        guard isIdentifier(name) else {
            throw failure(
                "'\(name)' is not a parameter name (a letter or _, then letters, digits or _)")
        }
        let parameter = JournalParameter(
            name: name, defaultText: tokens[2].text, help: tokens.count == 4 ? tokens[3].text : "",
            line: line)
        return (parameter, tokens[2])
    }

    /// Whether a line is a `(parameter ...)` declaration.
    static func isDeclaration(_ line: String) -> Bool {
        let trimmed = line.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("(") else { return false }
        let words = trimmed.dropFirst().drop { $0.isWhitespace }
        return words.hasPrefix("parameter") && words.dropFirst(9).first?.isWhitespace == true
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
