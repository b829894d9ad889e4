/// Settings of the opt-in stall and oscillation monitor (`/solve/monitors/stall/...`,
/// Courant's extension: Fluent leaves stall detection to the user's eye).
public struct StallDetectionSettings: Sendable, Equatable {
    /// `active?`: watch residuals for stalls and oscillations.
    public var isActive: Bool = false
    /// `window`: iterations over which progress is measured.
    public var window: Int = 300
    /// `minimum-decade-drop`: a residual must fall at least this many decades (log10 units)
    /// over the window, comparing the means of log10(residual) in its first and last quarters.
    public var minimumDecadeDrop: Double = 0.5
    /// `stop-on-stall?`: end the run with status `stalled` when a checked residual stalls.
    public var stopsOnStall: Bool = false

    /// Off, with a 300-iteration window, a 0.5-decade minimum drop and no stopping on a stall.
    public init() {}
}
