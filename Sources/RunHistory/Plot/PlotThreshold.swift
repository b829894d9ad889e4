/// A horizontal dashed line across the plot, e.g. a convergence criterion.
public struct PlotThreshold: Sendable, Equatable {
    /// Label drawn at the line's right end.
    public var label: String
    /// SVG colour (the colour of the equation it applies to).
    public var colour: String
    /// Its value on the log axis.
    public var value: Double

    /// A threshold from its label, colour and value.
    public init(label: String, colour: String, value: Double) {
        self.label = label
        self.colour = colour
        self.value = value
    }
}
