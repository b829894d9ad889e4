/// Typed views of a value, nil when the value is of another kind; for setters and actions that
/// unwrap what the shell has already validated.
extension SettingValue {
    /// The boolean, if this is `.boolean`.
    public var boolean: Bool? {
        guard case .boolean(let boolean) = self else { return nil }
        return boolean
    }

    /// The integer, if this is `.integer`.
    public var integer: Int? {
        guard case .integer(let integer) = self else { return nil }
        return integer
    }

    /// The real, if this is `.real`, or the integer widened, if this is `.integer`.
    public var real: Double? {
        switch self {
        case .real(let real): real
        case .integer(let integer): Double(integer)
        default: nil
        }
    }

    /// The text, if this is `.text` (strings, file paths and choices).
    public var text: String? {
        guard case .text(let text) = self else { return nil }
        return text
    }

    /// The per-key values, if this is `.keyed`.
    public var keyed: KeyedValues? {
        guard case .keyed(let keyed) = self else { return nil }
        return keyed
    }
}
