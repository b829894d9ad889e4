/// Fluent's order of equations in the residual table and plot legend: continuity, the
/// velocities, energy, then turbulence (`k`, `epsilon`, `omega`); other names after, sorted.
public enum EquationOrder {
    private static let known = [
        "continuity", "x-velocity", "y-velocity", "z-velocity", "energy", "k", "epsilon", "omega",
    ]

    /// Whether `a` comes before `b` in that order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let rankA = known.firstIndex(of: a) ?? known.count
        let rankB = known.firstIndex(of: b) ?? known.count
        return rankA != rankB ? rankA < rankB : a < b
    }
}
