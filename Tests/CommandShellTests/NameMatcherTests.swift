import CommandShell
import Testing

/// Fluent's abbreviation rule against menus of the sample tree and small hand-made menus.
struct NameMatcherTests {
    let residualMenu = [
        "convergence-criteria", "criterion-type", "n-maximize-norms", "normalize?", "plot?",
        "print?", "monitored-equations",
    ]

    @Test(arguments: [
        ("co", "convergence-criteria"), ("conv-crit", "convergence-criteria"),
        ("c-c", "convergence-criteria"), ("cr", "criterion-type"), ("cr-t", "criterion-type"),
        ("n", "n-maximize-norms"), ("n-m", "n-maximize-norms"), ("no", "normalize?"),
        ("normalize", "normalize?"), ("pl", "plot?"), ("pr", "print?"),
        ("mo", "monitored-equations"),
    ])
    func uniqueAbbreviationResolvesToItsName(word: String, expected: String) {
        #expect(
            NameMatcher.match(word, in: residualMenu)
                == .unique(residualMenu.firstIndex(of: expected) ?? -1))
    }

    @Test func ambiguousAbbreviationListsEveryCandidateInMenuOrder() {
        #expect(
            NameMatcher.match("c", in: residualMenu)
                == .ambiguous(["convergence-criteria", "criterion-type"]))
        #expect(NameMatcher.match("p", in: residualMenu) == .ambiguous(["plot?", "print?"]))
    }

    @Test func unknownWordMatchesNothing() {
        #expect(NameMatcher.match("xyz", in: residualMenu) == .none)
        #expect(NameMatcher.match("co-x", in: residualMenu) == .none)
        #expect(NameMatcher.match("convergence-criteria-extra", in: residualMenu) == .none)
        #expect(NameMatcher.match("", in: residualMenu) == .none)
    }

    @Test func exactNameBeatsEarlierPrefixMatch() {
        #expect(NameMatcher.match("set", in: ["settings", "set"]) == .unique(1))
        #expect(NameMatcher.match("it", in: ["iterate", "it"]) == .unique(1))
    }

    @Test func moreWholePhrasesBeatPrefixesThenMenuOrderBreaksTies() {
        // `check` is a whole phrase of both `check-*` names but only a prefix of `checkpoint`.
        let names = ["checkpoint", "check-convergence", "check-monitors"]
        #expect(NameMatcher.match("check", in: names) == .unique(1))
        #expect(NameMatcher.match("check-m", in: names) == .unique(2))
        // No phrase typed in full and two candidates: ambiguous, not first-in-menu.
        #expect(NameMatcher.match("che", in: names) == .ambiguous(names))
    }

    @Test func choiceValuesNeverBreakTiesByMenuOrder() {
        let zones = ["wall-bottom", "wall-top", "wall"]
        #expect(NameMatcher.match("wall", in: zones, breakingTies: false) == .unique(2))
        #expect(NameMatcher.match("wall-t", in: zones, breakingTies: false) == .unique(1))
        let walls = ["wall-bottom", "wall-top"]
        #expect(NameMatcher.match("wall", in: walls, breakingTies: false) == .ambiguous(walls))
        #expect(NameMatcher.match("wall", in: walls) == .unique(0))
    }

    /// Every abbreviation of every item of every menu of the sample tree (each phrase cut to
    /// each of its prefixes, trailing phrases dropped) resolves to its item when no other item
    /// accepts it, and is reported with all candidates when the rule cannot choose.
    @Test func everyAbbreviationOfTheSampleTreeResolvesOrListsCandidates() {
        var checked = 0
        for menu in menus(under: SampleCase().root) {
            let names = menu.children.map(\.name)
            for name in names {
                for word in abbreviations(of: name) {
                    let accepting = names.filter { accepts(word, $0) }
                    let result = NameMatcher.match(word, in: names)
                    if accepting == [name] {
                        #expect(result == .unique(names.firstIndex(of: name) ?? -1), "\(word)")
                    } else if case .ambiguous(let candidates) = result {
                        #expect(candidates == accepting, "\(word)")
                    } else {
                        #expect(result != .none, "\(word)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 500)
    }

    private func menus(under menu: MenuNode) -> [MenuNode] {
        [menu]
            + menu.children.flatMap { child -> [MenuNode] in
                if case .menu(let submenu) = child { return menus(under: submenu) }
                return []
            }
    }

    /// All words made of the first k phrases of `name`, each cut to a non-empty prefix.
    private func abbreviations(of name: String) -> [String] {
        let phrases = name.replacing("?", with: "").split(separator: "-").map(String.init)
        var words: [[String]] = [[]]
        var all: [String] = []
        for phrase in phrases {
            words = words.flatMap { prefix in
                (1...phrase.count).map { prefix + [String(phrase.prefix($0))] }
            }
            all += words.map { $0.joined(separator: "-") }
        }
        return all
    }

    /// The naive reading of the rule: each typed phrase is a prefix of the name's phrase.
    private func accepts(_ word: String, _ name: String) -> Bool {
        let typed = word.split(separator: "-", omittingEmptySubsequences: false)
        let parts = name.replacing("?", with: "").split(separator: "-")
        return typed.count <= parts.count && zip(typed, parts).allSatisfy { $1.hasPrefix($0) }
    }
}
