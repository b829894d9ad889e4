import FiniteVolume

/// Plane (2-D) meshes: `MeshDescription` wants them in the plane z = 0.
enum PlaneMesh {
    /// Moves a plane 2-D mesh to z = 0, or fails if it is not in a plane z = const.
    static func flatten(
        _ points: inout [Vector3], notices: inout [String], failure: (String) -> MeshImportError
    ) throws(MeshImportError) {
        guard let first = points.first else { return }
        var low = first, high = first
        for p in points {
            low = Vector3(min(low.x, p.x), min(low.y, p.y), min(low.z, p.z))
            high = Vector3(max(high.x, p.x), max(high.y, p.y), max(high.z, p.z))
        }
        let extent = max(high.x - low.x, high.y - low.y, 1e-300)
        guard high.z - low.z <= 1e-10 * extent else {
            throw failure(
                "a 2-D mesh must lie in a plane z = const; its z runs from \(low.z) to \(high.z)")
        }
        guard low.z != 0 || high.z != 0 else { return }
        notices.append("the 2-D mesh lies in the plane z = \(first.z); moved to z = 0")
        for i in points.indices { points[i].z = 0 }
    }
}
