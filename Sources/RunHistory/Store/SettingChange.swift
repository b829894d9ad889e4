/// A setting changed between two `iterate` calls of one run (in the REPL, say, the criteria
/// loosened after 100 iterations): `/solve/monitors/residual/convergence-criteria` from
/// `1e-06 1e-06 1e-06` to `0.00055 0.0001 0.0001` from iteration 101 on.
public struct SettingChange: Sendable, Equatable, Codable {
    /// The first iteration computed with the new value.
    public var iteration: Int
    /// The setting's TUI path.
    public var path: String
    /// Its value before, in journal form (empty when the setting did not exist, e.g. the
    /// energy criterion before the energy equation was switched on).
    public var oldValue: String
    /// Its value from `iteration` on, in journal form (empty when it no longer exists).
    public var newValue: String

    /// A change from its parts.
    public init(iteration: Int, path: String, oldValue: String, newValue: String) {
        self.iteration = iteration
        self.path = path
        self.oldValue = oldValue
        self.newValue = newValue
    }

    /// The changes that take `old` to `new` (settings by path), in path order, all starting at
    /// `iteration`.
    public static func between(
        _ old: [String: String], _ new: [String: String], from iteration: Int
    ) -> [SettingChange] {
        Set(old.keys).union(new.keys).sorted().compactMap { path in
            let before = old[path] ?? ""
            let after = new[path] ?? ""
            return before == after
                ? nil
                : SettingChange(iteration: iteration, path: path, oldValue: before, newValue: after)
        }
    }
}
