/// Fluent's abbreviation rule: a word matches a name when each of its hyphen-separated phrases is
/// a prefix of the name's phrase in the same position (`stop-cri` matches `stop-criterion`,
/// `co` matches `convergence-criteria`); the word may have fewer phrases than the name.
///
/// Resolution, in order:
/// 1. a name equal to the word wins (exact beats prefix; a trailing `?` of a name is optional);
/// 2. among the matching names, those with the most phrases typed in full win
///    (`check` picks `check-convergence` over `checkpoint`);
/// 3. if that count is at least one, the first such name in menu order wins; if no phrase is
///    typed in full and several names match, the word is ambiguous.
/// Typing the hyphens is optional, as in Fluent: when no name matches by the rule above, a word
/// without hyphens matches a name when it splits into non-empty prefixes of the name's first
/// phrases in order (`wcd` matches `write-case-data`, `sac` matches `set-ambient-color`); the
/// first such name in menu order wins, or, for values of a choice, a tie is ambiguous.
/// Values of a choice (boundary names, scheme names) skip rule 3: picking the first of
/// `wall-bottom` and `wall-top` for `wall` would silently set the wrong zone, so any tie there is
/// ambiguous.
public enum NameMatcher {
    /// The outcome of matching one word against a menu's names.
    public enum Match: Equatable, Sendable {
        /// The index of the chosen name.
        case unique(Int)
        /// Several names match equally well; they are listed in menu order.
        case ambiguous([String])
        /// No name matches.
        case none
    }

    /// Matches `word` against `names` (in menu order); `breakingTies: false` reports every tie
    /// left after rule 2 as ambiguous.
    public static func match(_ word: String, in names: [String], breakingTies: Bool = true)
        -> Match
    {
        guard !word.isEmpty else { return .none }
        let typed = phrases(of: word)
        if let exact = names.firstIndex(where: { $0 == word || bare($0) == bare(word) }) {
            return .unique(exact)
        }
        var best = -1
        var winners: [Int] = []
        for (index, name) in names.enumerated() {
            guard let full = fullPhrases(typed, matching: phrases(of: name)) else { continue }
            if full > best {
                best = full
                winners = [index]
            } else if full == best {
                winners.append(index)
            }
        }
        guard let first = winners.first else {
            return joinedMatch(word, in: names, breakingTies: breakingTies)
        }
        if winners.count == 1 || (best > 0 && breakingTies) { return .unique(first) }
        return .ambiguous(winners.map { names[$0] })
    }

    /// The hyphen-optional rule: names whose first phrases `word` (typed without hyphens)
    /// splits into prefixes of.
    private static func joinedMatch(_ word: String, in names: [String], breakingTies: Bool)
        -> Match
    {
        let groups = word.split(separator: "-", omittingEmptySubsequences: false).map(Array.init)
        let winners = names.indices.filter { index in
            splits(groups[...], into: phrases(of: names[index])[...])
        }
        guard let first = winners.first else { return .none }
        if winners.count == 1 || breakingTies { return .unique(first) }
        return .ambiguous(winners.map { names[$0] })
    }

    /// Whether each typed hyphen-separated group, in order, is a concatenation of non-empty
    /// prefixes of consecutive phrases of `name`, starting at its first phrase (`pv-coupling`
    /// matches `p-v-coupling`).
    private static func splits(
        _ groups: ArraySlice<[Character]>, into name: ArraySlice<Substring>
    ) -> Bool {
        guard let group = groups.first else { return true }
        return consumes(group[...], groups.dropFirst(), name)
    }

    private static func consumes(
        _ typed: ArraySlice<Character>, _ later: ArraySlice<[Character]>,
        _ name: ArraySlice<Substring>
    ) -> Bool {
        guard let phrase = name.first, !typed.isEmpty else { return false }
        var length = 0
        for (character, target) in zip(typed, phrase) {
            guard character == target else { break }
            length += 1
            let left = typed.dropFirst(length)
            if left.isEmpty, splits(later, into: name.dropFirst()) { return true }
            if !left.isEmpty, consumes(left, later, name.dropFirst()) { return true }
        }
        return false
    }

    /// Whether `word` abbreviates `name` by the phrase-prefix rule (an empty word abbreviates
    /// every name); Tab completion offers exactly these names.
    public static func accepts(_ word: String, _ name: String) -> Bool {
        word.isEmpty || fullPhrases(phrases(of: word), matching: phrases(of: name)) != nil
    }

    /// The number of typed phrases equal to the name's phrase, or nil if some typed phrase is
    /// not a prefix of the name's phrase in its position.
    private static func fullPhrases(_ typed: [Substring], matching name: [Substring]) -> Int? {
        guard !typed.isEmpty, typed.count <= name.count else { return nil }
        var full = 0
        for (part, target) in zip(typed, name) {
            guard target.hasPrefix(part) else { return nil }
            if part == target { full += 1 }
        }
        return full
    }

    private static func bare(_ name: String) -> Substring {
        name.hasSuffix("?") ? name.dropLast() : Substring(name)
    }

    private static func phrases(of name: String) -> [Substring] {
        bare(name).split(separator: "-", omittingEmptySubsequences: false)
    }
}
