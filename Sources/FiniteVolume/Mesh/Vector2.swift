/// A 2-D vector in the mesh plane (m, m/s, m², … depending on use), x then y.
///
/// The mesh is two-dimensional with unit depth in z, so an area vector `Sf` is a face length
/// times its unit normal (m² per metre of depth) and a cell "volume" is a polygon area.
public struct Vector2: Sendable, Equatable, Hashable, Codable {
    /// Component along x.
    public var x: Double
    /// Component along y.
    public var y: Double

    /// A vector from its two components.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// The zero vector.
    public static let zero = Vector2(0, 0)

    /// Component-wise sum.
    @inlinable public static func + (a: Vector2, b: Vector2) -> Vector2 {
        Vector2(a.x + b.x, a.y + b.y)
    }

    /// Component-wise difference.
    @inlinable public static func - (a: Vector2, b: Vector2) -> Vector2 {
        Vector2(a.x - b.x, a.y - b.y)
    }

    /// Scaling by a scalar.
    @inlinable public static func * (s: Double, a: Vector2) -> Vector2 {
        Vector2(s * a.x, s * a.y)
    }

    /// Dot product self·b.
    @inlinable public func dot(_ b: Vector2) -> Double { x * b.x + y * b.y }

    /// Euclidean length |a|.
    @inlinable public var magnitude: Double { (x * x + y * y).squareRoot() }
}
