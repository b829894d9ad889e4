/// One line on a residual plot: (iteration, value) points in iteration order, drawn as a
/// polyline broken wherever a value is not positive and finite (log axis).
public struct PlotSeries: Sendable, Equatable {
    /// Legend text.
    public var label: String
    /// SVG colour, e.g. `#d62728`.
    public var colour: String
    /// (iteration, residual) pairs.
    public var points: [(x: Double, y: Double)]

    /// A series from its legend text, colour and points.
    public init(label: String, colour: String, points: [(x: Double, y: Double)]) {
        self.label = label
        self.colour = colour
        self.points = points
    }

    /// Equal when labels, colours and every point are equal.
    public static func == (a: PlotSeries, b: PlotSeries) -> Bool {
        a.label == b.label && a.colour == b.colour && a.points.count == b.points.count
            && zip(a.points, b.points).allSatisfy { $0.x == $1.x && $0.y == $1.y }
    }
}
