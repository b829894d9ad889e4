/// Which stored residual the criteria judge, from the run's settings
/// (`/solve/monitors/residual/normalize?` and `scale-residuals?`, Fluent's defaults `no`,
/// `yes`): normalised when normalising, else scaled, else unscaled.
public enum MonitoredResidualForm: String, Sendable, Codable {
    case unscaled
    case scaled
    case normalised

    /// The form a run with `settings` (TUI path → journal text) was judged in.
    public init(settings: [String: String]) {
        let normalise = settings["/solve/monitors/residual/normalize?"] == "yes"
        let scale = settings["/solve/monitors/residual/scale-residuals?"] != "no"
        self = normalise ? .normalised : (scale ? .scaled : .unscaled)
    }
}
