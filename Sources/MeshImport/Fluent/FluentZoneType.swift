/// Fluent's face zone types: the `bc-type` numbers of a face section's header and their names
/// as Fluent's TUI shows them (the names a zone section 39/45 gives take precedence).
enum FluentZoneType {
    /// Names of the `bc-type` numbers of Fluent's mesh file format.
    static let names: [Int: String] = [
        2: "interior", 3: "wall", 4: "pressure-inlet", 5: "pressure-outlet", 7: "symmetry",
        8: "periodic-shadow", 9: "pressure-far-field", 10: "velocity-inlet", 12: "periodic",
        14: "fan", 20: "mass-flow-inlet", 24: "interface", 31: "parent", 36: "outflow",
        37: "axis",
    ]

    /// The name of `bcType`, or `bc-type-<n>` for a number Fluent's format does not list.
    static func name(of bcType: Int) -> String {
        names[bcType] ?? "bc-type-\(bcType)"
    }
}
