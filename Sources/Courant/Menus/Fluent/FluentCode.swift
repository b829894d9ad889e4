import CommandShell

/// Fluent's numeric codes for the choices of `/solve/set` (`p-v-coupling 21`,
/// `discretization-scheme/mom 1`), accepted beside the names: a code Courant has reads as its
/// name, a code of a method Courant lacks is refused naming the method, anything else is
/// malformed. Codes are from Fluent's TUI help and the journals that comment them
/// (20 SIMPLE, 21 SIMPLEC, 22 PISO, 24 Coupled, 25 Fractional Step; convection 0 first-order
/// upwind, 1 second-order upwind, 2 power law, 3 central differencing, 4 QUICK, 6 third-order
/// MUSCL; pressure 10 standard, 11 linear, 12 second order, 13 body-force weighted,
/// 14 PRESTO!, 15 continuity based).
struct FluentCode<Choice: RawRepresentable & CaseIterable & Sendable>: Sendable
where Choice.RawValue == String {
    /// The codes of the choices Courant has.
    let codes: [Int: Choice]
    /// The codes of Fluent's other methods, with their names.
    let lacking: [Int: String]

    /// The choice a name (by Fluent abbreviation) or a code stands for.
    func choice(_ word: String) throws -> Choice {
        if let code = Int(word) {
            if let known = codes[code] { return known }
            if let name = lacking[code] {
                throw ShellError.unavailable(
                    "\(name) (Fluent's \(code)) is not available; \(offer)")
            }
            throw ShellError.malformed("\(code) is not a Fluent code here; \(offer)")
        }
        let names = Choice.allCases.map(\.rawValue)
        if case .unique(let index) = NameMatcher.match(word, in: names, breakingTies: false) {
            return Array(Choice.allCases)[index]
        }
        if let name = lacking.values.first(where: { $0.lowercased() == word.lowercased() }) {
            throw ShellError.unavailable("\(name) is not available; \(offer)")
        }
        throw ShellError.malformed("'\(word)' is not one of: \(offer)")
    }

    /// The accepted names with their codes, e.g. `SIMPLE (20), SIMPLEC (21)`.
    var offer: String {
        Choice.allCases.map { choice in
            let code = codes.first { $0.value.rawValue == choice.rawValue }?.key
            return choice.rawValue + (code.map { " (\($0))" } ?? "")
        }.joined(separator: ", ")
    }

    /// A setting taking a name or a code, bound to a field; written back by name.
    func setting(
        _ name: String, _ help: String, default defaultValue: Choice,
        get: @escaping () -> Choice, set: @escaping (Choice) -> Void
    ) -> SettingNode {
        SettingNode(
            name, help: help,
            type: .constrained(
                .string, summary: "one of: \(offer)",
                check: { value in if case .text(let word) = value { _ = try choice(word) } }),
            default: .text(defaultValue.rawValue), get: { .text(get().rawValue) },
            set: { value in
                guard case .text(let word) = value else { throw ShellError("expected a name") }
                set(try choice(word))
            })
    }
}
