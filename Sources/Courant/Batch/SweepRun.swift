/// One run of a sweep: its position and the value of every swept name.
public struct SweepRun: Sendable, Equatable {
    /// 0-based position in the sweep (the Slurm array index).
    public var index: Int
    /// (name, value) in the sweep file's dimension order; passed as `--set NAME=VALUE`.
    public var assignments: [(name: String, value: String)]

    /// A run from its index and assignments.
    public init(index: Int, assignments: [(name: String, value: String)]) {
        self.index = index
        self.assignments = assignments
    }

    /// The assignments as the history stores them (the run's parameters).
    public var parameters: [String: String] {
        Dictionary(assignments.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// `Re=100 cells=33`, in dimension order.
    public var summary: String {
        assignments.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
    }

    /// The `--set NAME=VALUE` arguments.
    public var setArguments: [String] {
        assignments.flatMap { ["--set", "\($0.name)=\($0.value)"] }
    }

    /// Equal when index and every assignment are equal.
    public static func == (a: SweepRun, b: SweepRun) -> Bool {
        a.index == b.index && a.assignments.count == b.assignments.count
            && zip(a.assignments, b.assignments).allSatisfy {
                $0.name == $1.name && $0.value == $1.value
            }
    }
}
