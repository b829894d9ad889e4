import CommandShell
import Surrogate

extension LiveSurrogate {
    /// A live surrogate reading `session`'s case and writing to its console.
    public convenience init(session: CourantSession) {
        self.init(
            describeCase: { [unowned session] in Self.describe(session) },
            write: { [unowned session] in session.write($0 + "\n") })
        decision = { [unowned session] in ConvergenceDecision(session.settings) }
        undescribedFeatures = { [unowned session] in
            guard session.settings.mesh.file != nil else { return [] }
            return [
                "its runs had generated block meshes, and its cell count and Reynolds number "
                    + "are read from /mesh block settings, not from this mesh file"
            ]
        }
    }

    /// The case features, per-channel criteria and judged residual form of the session's
    /// current settings, read by TUI path as the history stores them.
    static func describe(_ session: CourantSession) -> (
        features: CaseFeatures, criteria: [Double?], form: String
    ) {
        var settings: [String: String] = [:]
        for setting in CanonicalJournal.writableSettings(under: session.root) {
            settings[setting.path] = setting.get().journalText
        }
        let monitors = session.settings.residualMonitors
        let criteria = Dictionary(
            monitors.monitors.filter(\.checksConvergence).map {
                ($0.equation, $0.absoluteCriterion)
            }, uniquingKeysWith: { first, _ in first })
        return (
            CaseFeatures(
                settings: settings, criteria: criteria, equations: session.settings.equations),
            ResidualChannels.equations.map { criteria[$0] }, monitors.form.rawValue
        )
    }
}
