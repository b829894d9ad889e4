/// The value of one named report definition at one iteration, in the report's SI units.
public struct ReportSample: Sendable, Equatable, Codable {
    /// The report definition's name, e.g. `cd-lid` or `vorticity-centre`.
    public var name: String
    /// Its value on this iteration's solution.
    public var value: Double

    /// A sample from a name and a value.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
