/// Shape of the velocity across a velocity-inlet patch.
public enum InletProfile: String, Sendable, Equatable, Codable, CaseIterable {
    /// The same speed at every face.
    case uniform
    /// Fully developed plane-channel profile: in 2-D u(s) = 6·U·s·(L − s)/L², s along the patch
    /// of length L; in 3-D the product of two such parabolas across the patch's rectangular
    /// extent L × M in its plane, u = 36·U·s·(L − s)·t·(M − t)/(L²·M²) (Schäfer & Turek's 3D-1Z
    /// inlet). The mean over the patch is U.
    case parabolic
}
