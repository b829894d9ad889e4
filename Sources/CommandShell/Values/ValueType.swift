/// The type of a setting or command argument: how a token is read, validated, prompted and
/// written back.
///
/// Dynamic lists (`choice`, the keys of `perKey`) are closures because they follow the program's
/// state: boundary names change when a mesh is read, monitored equations when a model is enabled.
public indirect enum ValueType {
    /// `yes` / `no` (also accepted: `y`, `n`, `#t`, `#f`, `true`, `false`).
    case boolean
    /// An integer, optionally limited to a closed range.
    case integer(range: ClosedRange<Int>?)
    /// A finite real, optionally limited to a closed range.
    case real(range: ClosedRange<Double>?)
    /// Any string; quote it in a journal if it holds spaces.
    case string
    /// A file path, taken verbatim (relative paths are relative to the working directory).
    case filePath
    /// One of a list of names that the closure gives at the time of reading; matched by
    /// Fluent abbreviation like menu items.
    case choice(options: () -> [String])
    /// One value of type `element` per key; the closure gives the keys in prompt order.
    case perKey(keys: () -> [String], element: ValueType)
    /// A value of `base` that must also pass `check` (positive, inside (0, 1], a word of letters
    /// and digits), which throws a one-line reason; `summary` describes it in help. A value
    /// failing the check is refused as one of the wrong type is, so a person at a prompt is
    /// asked again instead of the whole command being abandoned.
    case constrained(ValueType, summary: String, check: (SettingValue) throws -> Void)
}
