import CommandShell

/// Typed constructors for the settings of Courant's tree, so each menu file states only the
/// path, help, units, default and the field it binds to.
enum Setting {
    /// The real in `value` (validated by its `ValueType` when it was read).
    static func realValue(_ value: SettingValue) throws -> Double {
        guard case .real(let real) = value else { throw ShellError("expected a number") }
        return real
    }

    /// A real setting; `type` (default: a real in `range`) may constrain it further, e.g.
    /// `.positiveReal`, so that a value out of bounds is asked for again at a prompt.
    static func real(
        _ name: String, _ help: String, units: String = "", default defaultValue: Double,
        range: ClosedRange<Double>? = nil, type: ValueType? = nil, get: @escaping () -> Double,
        set: @escaping (Double) throws -> Void
    ) -> SettingNode {
        SettingNode(
            name, help: help, type: type ?? .real(range: range), units: units,
            default: .real(defaultValue), get: { .real(get()) },
            set: { value in
                guard case .real(let real) = value else { throw ShellError("expected a number") }
                try set(real)
            })
    }

    static func integer(
        _ name: String, _ help: String, units: String = "", default defaultValue: Int,
        range: ClosedRange<Int>? = nil, get: @escaping () -> Int,
        set: @escaping (Int) throws -> Void
    ) -> SettingNode {
        SettingNode(
            name, help: help, type: .integer(range: range), units: units,
            default: .integer(defaultValue), get: { .integer(get()) },
            set: { value in
                guard case .integer(let integer) = value else {
                    throw ShellError("expected an integer")
                }
                try set(integer)
            })
    }

    static func boolean(
        _ name: String, _ help: String, default defaultValue: Bool,
        get: @escaping () -> Bool, set: @escaping (Bool) throws -> Void
    ) -> SettingNode {
        SettingNode(
            name, help: help, type: .boolean, default: .boolean(defaultValue),
            get: { .boolean(get()) },
            set: { value in
                guard case .boolean(let flag) = value else {
                    throw ShellError("expected yes or no")
                }
                try set(flag)
            })
    }

    /// A setting whose values are the raw values of `E`'s cases (schemes, couplings, criterion
    /// types), matched by Fluent abbreviation.
    static func enumeration<E: RawRepresentable & CaseIterable>(
        _ name: String, _ help: String, default defaultValue: E,
        get: @escaping () -> E, set: @escaping (E) throws -> Void
    ) -> SettingNode where E.RawValue == String {
        SettingNode(
            name, help: help, type: .choice(options: { E.allCases.map(\.rawValue) }),
            default: .text(defaultValue.rawValue), get: { .text(get().rawValue) },
            set: { value in try set(try caseOf(E.self, value)) })
    }

    /// The case of `E` named by a validated choice value.
    static func caseOf<E: RawRepresentable>(_: E.Type, _ value: SettingValue) throws -> E
    where E.RawValue == String {
        guard case .text(let name) = value, let result = E(rawValue: name) else {
            throw ShellError("not one of the choices")
        }
        return result
    }

    /// A text setting; `check` (with its `summary` for help) refuses a malformed value when it
    /// is read, so that a person at a prompt is asked again.
    static func text(
        _ name: String, _ help: String, units: String = "", default defaultValue: String,
        check: (summary: String, check: (String) throws -> Void)? = nil,
        get: @escaping () -> String, set: @escaping (String) throws -> Void
    ) -> SettingNode {
        let type =
            check.map { check in
                ValueType.constrained(
                    .string, summary: check.summary,
                    check: { value in if case .text(let text) = value { try check.check(text) } })
            } ?? .string
        return SettingNode(
            name, help: help, type: type, units: units, default: .text(defaultValue),
            get: { .text(get()) },
            set: { value in
                guard case .text(let text) = value else { throw ShellError("expected text") }
                try set(text)
            })
    }

    /// A setting with one value per key (per equation, per patch). `set` receives every key's
    /// value at once, after all were read and validated, so a rejected value changes nothing.
    /// `readKeys`, when given, are the keys a new value is read for (a superset of `keys`, whose
    /// extra entries `set` receives and may ignore); the value shown and written has `keys`.
    static func perKey(
        _ name: String, _ help: String, units: String = "", prompt: String? = nil,
        keys: @escaping () -> [String], readKeys: (() -> [String])? = nil, element: ValueType,
        default defaultValue: @escaping (String) -> SettingValue,
        get: @escaping (String) -> SettingValue,
        set: @escaping ([(key: String, value: SettingValue)]) throws -> Void
    ) -> SettingNode {
        let currentKeys = keys
        return SettingNode(
            name, help: help, type: .perKey(keys: readKeys ?? keys, element: element),
            units: units,
            default: .keyed(KeyedValues(currentKeys().map { ($0, defaultValue($0)) })),
            prompt: prompt,
            get: { .keyed(KeyedValues(currentKeys().map { ($0, get($0)) })) },
            set: { value in
                guard case .keyed(let keyed) = value else {
                    throw ShellError("expected one value per key")
                }
                try set(zip(keyed.keys, keyed.values).map { ($0, $1) })
            })
    }
}
