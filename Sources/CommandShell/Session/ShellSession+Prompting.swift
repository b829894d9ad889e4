/// Reading argument values from the token stream, asking Fluent-style questions for the missing
/// ones: `continuity residual convergence criterion [0.001] `. Enter or `,` keeps the value in
/// brackets, `?` prints help for the question.
extension ShellSession {
    /// Reads one value of `type`; a per-key type reads one value per key. Returns nil when the
    /// input holds no value at all; a per-key value that is only partly given throws
    /// `expected 3 values (continuity, x-velocity, y-velocity), got 2`.
    func readValue(
        of type: ValueType, prompt: String, current: SettingValue?, help: String, units: String,
        path: String, from stream: TokenStream
    ) throws -> SettingValue? {
        guard case .perKey(let keyList, let element) = type else {
            return try readScalar(
                of: type, prompt: prompt, current: current, help: help, units: units, path: path,
                from: stream)
        }
        let keys = keyList()
        var currentValues: KeyedValues?
        if case .keyed(let keyed) = current { currentValues = keyed }
        if let currentValues,
            let named = try namedValues(
                keys: keys, element: element, current: currentValues, from: stream)
        {
            return named
        }
        var values: [(key: String, value: SettingValue)] = []
        for key in keys {
            let value = try readScalar(
                of: element, prompt: "\(key) \(prompt)", current: currentValues?[key], help: help,
                units: units, path: path, from: stream)
            guard let value else {
                throw ShellError.malformed(
                    "expected \(keys.count) values (\(keys.joined(separator: ", "))), "
                        + "got \(values.count)")
            }
            values.append((key, value))
        }
        return .keyed(KeyedValues(values))
    }

    /// Fluent's by-name form of a per-key value, `KEY VALUE [KEY VALUE ...]` on the command's
    /// own line (`zone-type inlet velocity-inlet`): the keys named take the values given, the
    /// others keep `current`. Taken only when every pair is a key and a valid value and the line
    /// is not also a complete positional list (one valid value per key, in key order); nil
    /// otherwise, leaving the line to be read positionally.
    private func namedValues(
        keys: [String], element: ValueType, current: KeyedValues, from stream: TokenStream
    ) throws -> SettingValue? {
        let words = stream.remaining.map(\.text)
        guard !words.isEmpty, words.count.isMultiple(of: 2) else { return nil }
        if words.count == keys.count, words.allSatisfy({ (try? element.parse($0)) != nil }) {
            return nil
        }
        var named: [String: SettingValue] = [:]
        for pair in stride(from: 0, to: words.count, by: 2) {
            guard keys.contains(words[pair]), named[words[pair]] == nil,
                let value = try? element.parse(words[pair + 1])
            else { return nil }
            named[words[pair]] = value
        }
        var values: [(key: String, value: SettingValue)] = []
        for key in keys {
            guard let value = named[key] ?? current[key] else { return nil }
            values.append((key, value))
        }
        for _ in words { _ = try stream.nextOnLine() }
        return .keyed(KeyedValues(values))
    }

    /// Reads one scalar value. A bad value typed at a prompt by a person is reported and asked
    /// again; on the command line or in a journal it abandons the command.
    private func readScalar(
        of type: ValueType, prompt: String, current: SettingValue?, help: String, units: String,
        path: String, from stream: TokenStream
    ) throws -> SettingValue? {
        let question = prompt + (current.map { " [\($0.journalText)]" } ?? "") + " "
        promptedType = type
        defer { promptedType = nil }
        while true {
            switch try stream.nextArgument(prompt: question) {
            case .missing:
                return nil
            case .keepCurrent:
                if let current { return current }
                guard isInteractive else {
                    throw ShellError.malformed("'\(prompt)' has no default")
                }
                write("'\(prompt)' has no default; please give a value\n")
            case .token(let token):
                if token.isKeyword("?") {
                    let unitText = units.isEmpty ? "" : " (\(units))"
                    write("\(prompt): \(help); \(type.summary)\(unitText)\n")
                    continue
                }
                do {
                    return try type.parse(token.text)
                } catch var error as ShellError where token.isFromPrompt && isInteractive {
                    error.path = path
                    write(error.description + "\n")
                } catch var error as ShellError {
                    if let line = token.continuationLine { error.message += " (on line \(line))" }
                    if error.reason == .failed { error.reason = .malformed }
                    throw error
                }
            }
        }
    }
}
