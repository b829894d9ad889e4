/// A vector in space (m, m/s, m², … depending on use): x, y, z.
///
/// Plane (2-D) meshes keep z = 0 everywhere; their faces are edges of unit depth, so an area
/// vector is a face length times its unit normal (m² per metre of depth).
public struct Vector3: Sendable, Equatable, Hashable, Codable {
    /// Component along x.
    public var x: Double
    /// Component along y.
    public var y: Double
    /// Component along z.
    public var z: Double

    /// A vector from its three components.
    @inlinable public init(_ x: Double, _ y: Double, _ z: Double = 0) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The zero vector.
    public static let zero = Vector3(0, 0, 0)

    /// Component-wise sum.
    @inlinable public static func + (a: Vector3, b: Vector3) -> Vector3 {
        Vector3(a.x + b.x, a.y + b.y, a.z + b.z)
    }

    /// Component-wise difference.
    @inlinable public static func - (a: Vector3, b: Vector3) -> Vector3 {
        Vector3(a.x - b.x, a.y - b.y, a.z - b.z)
    }

    /// Scaling by a scalar.
    @inlinable public static func * (s: Double, a: Vector3) -> Vector3 {
        Vector3(s * a.x, s * a.y, s * a.z)
    }

    /// Dot product self·b.
    @inlinable public func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }

    /// Cross product self × b (right-handed).
    @inlinable public func cross(_ b: Vector3) -> Vector3 {
        Vector3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x)
    }

    /// Euclidean length |a|.
    @inlinable public var magnitude: Double { (x * x + y * y + z * z).squareRoot() }

    /// Component `i` (0: x, 1: y, 2: z).
    @inlinable public subscript(i: Int) -> Double {
        get { i == 0 ? x : (i == 1 ? y : z) }
        set {
            if i == 0 {
                x = newValue
            } else if i == 1 {
                y = newValue
            } else {
                z = newValue
            }
        }
    }
}
