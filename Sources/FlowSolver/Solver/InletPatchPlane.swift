import FiniteVolume

/// The plane of a 3-D inlet patch and its rectangular extent in that plane: two orthonormal
/// tangent axes and the range of the patch's points along each. A patch normal to a coordinate
/// axis gets the other two axes, so an axis-aligned rectangular patch is exactly its rectangle.
struct InletPatchPlane {
    /// Unit tangent axes of the patch plane.
    let axes: (Vector3, Vector3)
    /// [low, high] of the patch's points along each axis, m.
    let extent: (ClosedRange<Double>, ClosedRange<Double>)

    /// Degree-4 rule on a triangle (Dunavant 1985, 6 points): barycentric coordinates and
    /// weights summing to 1, exact for polynomials of degree ≤ 4 such as a product of two
    /// parabolas.
    static let quadrature: [(a: Double, b: Double, c: Double, weight: Double)] = {
        let (w1, a1, b1) = (0.223381589678011, 0.108103018168070, 0.445948490915965)
        let (w2, a2, b2) = (0.109951743655322, 0.816847572980459, 0.091576213509771)
        return [
            (a1, b1, b1, w1), (b1, a1, b1, w1), (b1, b1, a1, w1),
            (a2, b2, b2, w2), (b2, a2, b2, w2), (b2, b2, a2, w2),
        ]
    }()

    /// The plane of `patch`, whose normal is the direction of Σ Sf over its faces.
    init(patch: BoundaryPatch, on mesh: Mesh) {
        let sum = patch.faces.reduce(Vector3.zero) { $0 + mesh.faceAreas[$1] }
        let normal = (1 / sum.magnitude) * sum
        let units = [Vector3(1, 0, 0), Vector3(0, 1, 0), Vector3(0, 0, 1)]
        if let axis = (0..<3).first(where: { abs(normal[$0]) > 1 - 1e-9 }) {
            axes = (units[(axis + 1) % 3], units[(axis + 2) % 3])
        } else {
            let weakest = (0..<3).min { abs(normal[$0]) < abs(normal[$1]) } ?? 0
            let first = normal.cross(units[weakest])
            let unit = (1 / first.magnitude) * first
            axes = (unit, normal.cross(unit))
        }
        var low = (Double.infinity, Double.infinity)
        var high = (-Double.infinity, -Double.infinity)
        for f in patch.faces {
            for p in mesh.points(ofFace: f) {
                let s = mesh.points[p].dot(axes.0)
                let t = mesh.points[p].dot(axes.1)
                low = (min(low.0, s), min(low.1, t))
                high = (max(high.0, s), max(high.1, t))
            }
        }
        extent = (low.0...high.0, low.1...high.1)
    }

    /// u(x) = 36·U·s·(L − s)·t·(M − t)/(L²·M²) with s, t measured from the extent's low corner.
    func parabolic(_ x: Vector3, meanSpeed: Double) -> Double {
        let s = x.dot(axes.0) - extent.0.lowerBound
        let t = x.dot(axes.1) - extent.1.lowerBound
        let l = extent.0.upperBound - extent.0.lowerBound
        let m = extent.1.upperBound - extent.1.lowerBound
        return 36 * meanSpeed * s * (l - s) * t * (m - t) / (l * l * m * m)
    }

    /// The mean of `parabolic` over each face of `patch`, in order: Σ over the face's triangles
    /// (x_i, x_{i+1}, x̄) of their area (projected on the face normal) times the rule's weighted
    /// values, divided by |Sf|.
    func parabolicSpeeds(patch: BoundaryPatch, meanSpeed: Double, on mesh: Mesh) -> [Double] {
        patch.faces.map { f in
            let loop = mesh.points(ofFace: f).map { mesh.points[$0] }
            let centre = (1 / Double(loop.count)) * loop.reduce(Vector3.zero, +)
            let unit = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
            var integral = 0.0
            for (k, a) in loop.enumerated() {
                let b = loop[(k + 1) % loop.count]
                let area = 0.5 * (b - a).cross(centre - a).dot(unit)
                var mean = 0.0
                for q in Self.quadrature {
                    mean +=
                        q.weight * parabolic(q.a * a + q.b * b + q.c * centre, meanSpeed: meanSpeed)
                }
                integral += area * mean
            }
            return integral / mesh.faceAreaMagnitudes[f]
        }
    }
}
