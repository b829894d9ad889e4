/// Which runs `history list` shows: every condition given must hold.
public struct RunFilter: Sendable, Equatable {
    /// Only runs of this case name.
    public var caseName: String?
    /// Only runs with this status.
    public var status: RunStatus?
    /// Only runs whose parameter `name` has exactly this text value, for each entry.
    public var parameters: [String: String]

    /// A filter; the default matches every run.
    public init(
        caseName: String? = nil, status: RunStatus? = nil, parameters: [String: String] = [:]
    ) {
        self.caseName = caseName
        self.status = status
        self.parameters = parameters
    }
}
