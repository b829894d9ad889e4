/// The canonical journal of a tree's state: every writable setting as one full-path command with
/// its current value, in tree order, e.g.
/// ```
/// /solve/monitors/residual/convergence-criteria 0.001 0.001 0.001
/// /solve/set/p-v-coupling SIMPLE
/// ```
/// Reading it into a fresh tree reproduces the same state (`/file/write-case` is built on it).
/// Tree order is replay order, so a setting that decides another's keys or choices (the energy
/// model decides whether `energy` has a convergence criterion) must come earlier in the tree.
/// Read-only settings, commands, and per-key settings that have no keys are not written.
public enum CanonicalJournal {
    /// The journal text for the tree under `root`, preceded by `header` lines as `;` comments
    /// (a line already starting with `;` is kept as is).
    public static func text(of root: MenuNode, header: [String] = []) -> String {
        var text = header.map { ($0.hasPrefix(";") ? $0 : "; " + $0) + "\n" }.joined()
        for setting in writableSettings(under: root) {
            let value = setting.get().journalText
            // A per-key setting with no keys (an inlet value when no patch is an inlet) holds
            // no value: a bare path would read back as a command missing its value.
            guard !value.isEmpty else { continue }
            text += setting.path + " " + value + "\n"
        }
        return text
    }

    /// The settings that have a setter, depth first in child order.
    public static func writableSettings(under menu: MenuNode) -> [SettingNode] {
        menu.children.flatMap { child -> [SettingNode] in
            switch child {
            case .menu(let submenu): writableSettings(under: submenu)
            case .setting(let setting): setting.set == nil ? [] : [setting]
            case .command: []
            }
        }
    }
}
