import Foundation

/// A typed setting of the tree, e.g. `/solve/monitors/residual/convergence-criteria`.
///
/// `get` and `set` are closures into the program's state: the tree holds no copy of the value.
/// The shell parses and range-checks a new value against `type` before calling `set`; `set`
/// may throw a further validation error, and must then leave the state unchanged.
/// A setting without `set` is read-only: shown by help, not written by the canonical journal.
public final class SettingNode {
    /// The setting's name within its menu.
    public let name: String
    /// One line of help.
    public let help: String
    /// How values are read, validated and written.
    public let type: ValueType
    /// Units of the value (`Pa`, `kg/m^3`), empty when dimensionless.
    public let units: String
    /// The value a fresh case has.
    public let defaultValue: SettingValue
    /// Prompt text; for a per-key setting each key's prompt is `"<key> <prompt>"`, e.g.
    /// `continuity residual convergence criterion`.
    public let prompt: String
    /// Reads the current value from the program's state.
    public let get: () -> SettingValue
    /// Writes a validated value into the program's state; nil for read-only settings.
    public let set: ((SettingValue) throws -> Void)?
    /// Checks the answers Fluent asks after the value (`/define/models/energy yes no no no yes`:
    /// compressibility, viscous heating, ...), given on the line or, in a journal, on the lines up
    /// to the next command; throws to refuse them. Nil: no answers may follow the value.
    public var trailingAnswers: (([String]) throws -> Void)?
    /// The enclosing menu.
    public internal(set) weak var parent: MenuNode?

    /// Makes a setting. `prompt` defaults to the name with hyphens read as spaces.
    public init(
        _ name: String, help: String, type: ValueType, units: String = "",
        default defaultValue: SettingValue, prompt: String? = nil,
        get: @escaping () -> SettingValue, set: ((SettingValue) throws -> Void)?
    ) {
        self.name = name
        self.help = help
        self.type = type
        self.units = units
        self.defaultValue = defaultValue
        self.prompt = prompt ?? name.replacingOccurrences(of: "-", with: " ")
        self.get = get
        self.set = set
    }

    /// The full path, e.g. `/solve/monitors/residual/convergence-criteria`.
    public var path: String {
        (parent?.path ?? "/") + name
    }
}
