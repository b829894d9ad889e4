extension Mesh {
    /// The shortest distance from `point` to face `face` (m): to the segment between its two
    /// points in 2-D, to the polygon (split into the triangles (x̄, x_i, x_{i+1}) around its
    /// point average x̄, as for the geometry) in 3-D.
    public func distance(from point: Vector3, toFace face: Int) -> Double {
        let range = facePointStart[face]..<facePointStart[face + 1]
        if dimension == 2 {
            return Self.distance(
                from: point, toSegment: points[facePoints[range.lowerBound]],
                points[facePoints[range.lowerBound + 1]])
        }
        var centre = Vector3.zero
        for i in range { centre = centre + points[facePoints[i]] }
        centre = (1 / Double(range.count)) * centre
        var shortest = Double.infinity
        for i in range {
            let a = points[facePoints[i]]
            let b = points[facePoints[i + 1 < range.upperBound ? i + 1 : range.lowerBound]]
            shortest = min(shortest, Self.distance(from: point, toTriangle: centre, a, b))
        }
        return shortest
    }

    /// Distance from `p` to the segment a–b (m).
    static func distance(from p: Vector3, toSegment a: Vector3, _ b: Vector3) -> Double {
        let ab = b - a
        let lengthSquared = ab.dot(ab)
        let t = lengthSquared > 0 ? min(max((p - a).dot(ab) / lengthSquared, 0), 1) : 0
        return (p - (a + t * ab)).magnitude
    }

    /// Distance from `p` to the triangle a, b, c (m): to its plane when the projection of p
    /// falls inside (all three barycentric coordinates ≥ 0), else to the nearest edge.
    static func distance(from p: Vector3, toTriangle a: Vector3, _ b: Vector3, _ c: Vector3)
        -> Double
    {
        let normal = (b - a).cross(c - a)
        let twiceArea = normal.magnitude
        if twiceArea > 0 {
            let n = (1 / twiceArea) * normal
            let height = (p - a).dot(n)
            let q = p - height * n
            let u = (b - q).cross(c - q).dot(n)
            let v = (c - q).cross(a - q).dot(n)
            let w = (a - q).cross(b - q).dot(n)
            if u >= 0, v >= 0, w >= 0 { return abs(height) }
        }
        return min(
            distance(from: p, toSegment: a, b), distance(from: p, toSegment: b, c),
            distance(from: p, toSegment: c, a))
    }
}
