/// The six sides of the box made by `Mesh.box`, named as its default patches.
public enum BoxSide: String, Sendable, Hashable, CaseIterable {
    /// x = 0.
    case left
    /// x = lx.
    case right
    /// y = 0.
    case bottom
    /// y = ly.
    case top
    /// z = 0.
    case back
    /// z = lz.
    case front
}
