/// The values of a per-key setting: one value per key, e.g. one convergence criterion per
/// monitored equation (`continuity`, `x-velocity`, `y-velocity`).
///
/// Layout: `keys[i]` owns `values[i]`; both arrays have the same length and keys are unique.
public struct KeyedValues: Equatable, Sendable {
    /// (count) the keys, in the order the setting's key closure lists them.
    public private(set) var keys: [String]
    /// (count) the value for `keys[i]`; never itself `.keyed`.
    public private(set) var values: [SettingValue]

    /// Pairs keys with values in order. Later duplicates of a key replace earlier ones.
    public init(_ pairs: [(key: String, value: SettingValue)]) {
        keys = []
        values = []
        for pair in pairs {
            self[pair.key] = pair.value
        }
    }

    /// The number of keys.
    public var count: Int { keys.count }

    /// The value stored for `key`, or nil; setting a new key appends it.
    public subscript(key: String) -> SettingValue? {
        get {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return values[index]
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }
}
