/// A typed value held by a setting or given to a command argument.
///
/// File paths and choices are carried as `.text`; their `ValueType` says how they were validated.
/// A per-key setting (one value per monitored equation, e.g. `convergence-criteria`) holds
/// `.keyed`, whose keys are in the order the setting's key closure returned them.
public enum SettingValue: Equatable, Sendable {
    /// Fluent's `yes` / `no`.
    case boolean(Bool)
    /// A count, e.g. iterations or `n-maximize-norms`.
    case integer(Int)
    /// A real in the setting's stated units.
    case real(Double)
    /// A string, a file path or one of a setting's choices.
    case text(String)
    /// One value per key, in key order.
    case keyed(KeyedValues)
}
