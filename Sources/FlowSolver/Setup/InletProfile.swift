/// Shape of the velocity across a velocity-inlet patch.
public enum InletProfile: String, Sendable, Equatable, Codable, CaseIterable {
    /// The same speed at every face.
    case uniform
    /// Fully developed plane-channel profile u(s) = 6·U·s·(L − s)/L², s along the patch of
    /// length L, whose mean is U.
    case parabolic
}
