import FiniteVolume

extension MeshDescription {
    /// The description with every point not on the box [0, size] boundary moved by up to
    /// `fraction` of `spacing` in each direction, deterministically.
    public func perturbed(fraction: Double, spacing: Double, size: Vector3, seed: UInt64 = 7)
        -> MeshDescription
    {
        var random = TestRandom(state: seed)
        var copy = self
        for p in copy.points.indices {
            let x = copy.points[p]
            let onBoundary = [x.x, x.y, x.z].enumerated().contains { axis, value in
                abs(value) < 1e-12 || abs(value - size[axis]) < 1e-12
            }
            guard !onBoundary else { continue }
            copy.points[p] =
                x
                + fraction * spacing * Vector3(random.next(), random.next(), random.next())
        }
        return copy
    }
}
