/// How a multigrid cycle solves each coarse-grid problem.
public enum MultigridCycleKind: String, Sendable, Equatable {
    /// One cycle of the next level: the V-cycle.
    case v = "V"
    /// At most two flexible-CG steps on the next level, each preconditioned by one cycle of
    /// it: the K-cycle (Notay & Vassilevski 2008), for symmetric matrices.
    case k = "K"
}
