import CommandShell
import Courant
import Testing

/// Fluent's abbreviation rule checked over Courant's whole command tree, not a sample tree.
@Suite struct CommandTreeAbbreviationTests {
    let harness = SessionHarness()

    /// Every menu of the tree with its children's names, depth first.
    func menus(_ menu: MenuNode) -> [(MenuNode, [String])] {
        let names = menu.children.map(\.name)
        return [(menu, names)]
            + menu.children.flatMap { child -> [(MenuNode, [String])] in
                if case .menu(let submenu) = child { return menus(submenu) }
                return []
            }
    }

    /// `word` matches `name` phrase by phrase (each typed phrase a prefix of the name's).
    func phraseMatches(_ word: String, _ name: String) -> Bool {
        let typed = word.split(separator: "-")
        let phrases = name.trimmingCharacters(in: ["?"]).split(separator: "-")
        return typed.count <= phrases.count
            && zip(typed, phrases).allSatisfy { $1.hasPrefix($0) }
    }

    @Test func treeHasNoDuplicateNames() {
        #expect(harness.session.root.duplicateNames.isEmpty)
    }

    @Test func everyNameResolvesToItselfAndEveryAbbreviationIsUniqueOrListsItsCandidates() {
        var checked = 0
        for (menu, names) in menus(harness.session.root) {
            for (index, name) in names.enumerated() {
                #expect(NameMatcher.match(name, in: names) == .unique(index), "\(menu.path)\(name)")
                for length in 1...3 {
                    let word = name.trimmingCharacters(in: ["?"]).split(separator: "-")
                        .map { String($0.prefix(length)) }.joined(separator: "-")
                    switch NameMatcher.match(word, in: names) {
                    case .unique(let chosen):
                        #expect(phraseMatches(word, names[chosen]), "\(menu.path)\(word)")
                    case .ambiguous(let candidates):
                        #expect(candidates.contains(name), "\(menu.path)\(word) omits \(name)")
                        #expect(candidates.allSatisfy { phraseMatches(word, $0) })
                    case .none:
                        Issue.record("\(menu.path)\(word) matches nothing, not even \(name)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }

    @Test func fluentStyleAbbreviationsSetTheRightSettings() throws {
        try harness.run(
            """
            so mo re co 1e-5 2e-5 3e-5
            so set under mom 0.5
            def mat visc 0.02
            """)
        let settings = harness.session.settings
        #expect(settings.residualMonitors.monitors.map(\.absoluteCriterion) == [1e-5, 2e-5, 3e-5])
        #expect(settings.setup.underRelaxation.momentum == 0.5)
        #expect(settings.setup.fluid.viscosity == 0.02)
    }

    @Test func ambiguousWordListsItsCandidates() {
        var message = ""
        do { try harness.run("/solve/monitors/residual/c 1") } catch { message = "\(error)" }
        #expect(message.contains("check-convergence?"))
        #expect(message.contains("convergence-criteria"))
        #expect(message.contains("criterion-type"))
    }
}
