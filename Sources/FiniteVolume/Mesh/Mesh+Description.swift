extension Mesh {
    /// Builds a mesh from a reader's description: checks it, orients every face out of its
    /// owner, orders the faces and computes the geometry.
    ///
    /// - Each face gets owner < neighbour (the two swapped where needed) and is oriented
    ///   geometrically: its points are reversed when Sf·(x_f − x̃_owner) < 0, x̃ the mean of the
    ///   owner's face centres, so readers may give either orientation.
    /// - Internal faces are sorted by (owner, neighbour) (upper-triangular order); boundary faces
    ///   follow, one contiguous patch per zone in zone order, each zone's faces in their given
    ///   order. Cells keep their numbers.
    ///
    /// - Throws: `MeshError` naming the first problem found (in the order of the cases of
    ///   `MeshError`); bad input never traps.
    public init(description: MeshDescription) throws {
        try Mesh.validateAddressing(description)
        try Mesh.rejectDuplicateFaces(description)
        let d = description
        let nFaces = d.faces.count
        var facePointStart = [0]
        facePointStart.reserveCapacity(nFaces + 1)
        var facePoints = [Int]()
        var owner = [Int](repeating: 0, count: nFaces)
        var neighbour = [Int](repeating: -1, count: nFaces)
        for f in 0..<nFaces {
            let swap = d.neighbour[f] >= 0 && d.neighbour[f] < d.owner[f]
            owner[f] = swap ? d.neighbour[f] : d.owner[f]
            neighbour[f] = swap ? d.owner[f] : d.neighbour[f]
            facePoints.append(contentsOf: swap ? Array(d.faces[f].reversed()) : d.faces[f])
            facePointStart.append(facePoints.count)
        }
        let geometry = Mesh.faceGeometry(
            dimension: d.dimension, points: d.points, facePointStart: facePointStart,
            facePoints: facePoints)
        for f in 0..<nFaces where !(geometry.areas[f].magnitude > 0) {
            throw MeshError.zeroAreaFace(face: f)
        }
        var estimate = [Vector3](repeating: .zero, count: d.nCells)
        var faceCount = [Int](repeating: 0, count: d.nCells)
        for f in 0..<nFaces {
            estimate[owner[f]] = estimate[owner[f]] + geometry.centres[f]
            faceCount[owner[f]] += 1
            if neighbour[f] >= 0 {
                estimate[neighbour[f]] = estimate[neighbour[f]] + geometry.centres[f]
                faceCount[neighbour[f]] += 1
            }
        }
        if let empty = faceCount.firstIndex(of: 0) { throw MeshError.cellWithoutFaces(cell: empty) }
        for c in 0..<d.nCells { estimate[c] = (1 / Double(faceCount[c])) * estimate[c] }
        for f in 0..<nFaces
        where geometry.areas[f].dot(geometry.centres[f] - estimate[owner[f]]) < 0 {
            facePoints[facePointStart[f]..<facePointStart[f + 1]].reverse()
        }

        let internalFaces = (0..<nFaces).filter { neighbour[$0] >= 0 }.sorted {
            (owner[$0], neighbour[$0], $0) < (owner[$1], neighbour[$1], $1)
        }
        var order = internalFaces
        var patches = [BoundaryPatch]()
        var zoneFaces = [[Int]](repeating: [], count: d.zones.count)
        for f in 0..<nFaces where neighbour[f] < 0 { zoneFaces[d.faceZone[f]].append(f) }
        for (z, zone) in d.zones.enumerated() {
            guard !zoneFaces[z].isEmpty else { throw MeshError.emptyZone(zone.name) }
            patches.append(
                BoundaryPatch(
                    name: zone.name, start: order.count, count: zoneFaces[z].count,
                    type: zone.type))
            order.append(contentsOf: zoneFaces[z])
        }
        var orderedStart = [0]
        orderedStart.reserveCapacity(nFaces + 1)
        var orderedPoints = [Int]()
        orderedPoints.reserveCapacity(facePoints.count)
        for f in order {
            orderedPoints.append(contentsOf: facePoints[facePointStart[f]..<facePointStart[f + 1]])
            orderedStart.append(orderedPoints.count)
        }
        self.init(
            dimension: d.dimension, points: d.points, facePointStart: orderedStart,
            facePoints: orderedPoints, owner: order.map { owner[$0] },
            neighbour: internalFaces.map { neighbour[$0] }, patches: patches, nCells: d.nCells)
        let openness = cellOpenness
        for c in 0..<nCells where !(openness[c] <= 1e-6) {
            throw MeshError.cellNotClosed(cell: c, openness: openness[c])
        }
        for c in 0..<nCells where !(cellVolumes[c] > 0) {
            throw MeshError.nonPositiveVolume(cell: c, volume: cellVolumes[c])
        }
        #if COURANT_CHECKS
            checkInvariants()
        #endif
    }

    /// The mesh as a description (faces in mesh order, oriented out of their owner, one zone
    /// per patch): what `init(description:)` turns back into this mesh.
    public var meshDescription: MeshDescription {
        var faceZone = [Int](repeating: -1, count: nFaces)
        for (z, patch) in patches.enumerated() {
            for f in patch.faces { faceZone[f] = z }
        }
        return MeshDescription(
            dimension: dimension, points: points,
            faces: (0..<nFaces).map { Array(points(ofFace: $0)) }, owner: owner,
            neighbour: neighbour + Array(repeating: -1, count: nBoundaryFaces),
            faceZone: faceZone,
            zones: patches.map { MeshDescription.Zone(name: $0.name, type: $0.type) },
            nCells: nCells)
    }

    /// Sizes, indices, point counts and zones of a description, face by face.
    static func validateAddressing(_ d: MeshDescription) throws {
        guard d.dimension == 2 || d.dimension == 3 else {
            throw MeshError.unsupportedDimension(d.dimension)
        }
        let nFaces = d.faces.count
        for (name, count) in [
            ("owner", d.owner.count), ("neighbour", d.neighbour.count),
            ("faceZone", d.faceZone.count),
        ] where count != nFaces {
            throw MeshError.inconsistentSizes("\(nFaces) faces but \(count) \(name) entries")
        }
        guard d.nCells > 0 else { throw MeshError.inconsistentSizes("no cells") }
        if d.dimension == 2, let p = d.points.firstIndex(where: { $0.z != 0 }) {
            throw MeshError.pointOffPlane(point: p, z: d.points[p].z)
        }
        var names = Set<String>()
        for zone in d.zones where !names.insert(zone.name).inserted {
            throw MeshError.duplicateZoneName(zone.name)
        }
        for f in 0..<nFaces {
            let face = d.faces[f]
            guard d.dimension == 2 ? face.count == 2 : face.count >= 3 else {
                throw MeshError.facePointCount(
                    face: f, count: face.count, dimension: d.dimension)
            }
            if let p = face.first(where: { $0 < 0 || $0 >= d.points.count }) {
                throw MeshError.pointOutOfRange(face: f, point: p, nPoints: d.points.count)
            }
            guard d.owner[f] >= 0 && d.owner[f] < d.nCells else {
                throw MeshError.cellOutOfRange(
                    face: f, side: "owner", cell: d.owner[f], nCells: d.nCells)
            }
            let other = d.neighbour[f]
            guard other >= -1 && other < d.nCells else {
                throw MeshError.cellOutOfRange(
                    face: f, side: "neighbour", cell: other, nCells: d.nCells)
            }
            if other == d.owner[f] { throw MeshError.sameCellOnBothSides(face: f, cell: other) }
            if other < 0 && !(d.faceZone[f] >= 0 && d.faceZone[f] < d.zones.count) {
                throw MeshError.boundaryFaceWithoutZone(face: f, zone: d.faceZone[f])
            }
        }
    }

    /// Refuses a face listed twice (the same set of points), which would make it a face of more
    /// than two cells. Faces are grouped by their lowest point index and compared only within a
    /// group, so memory stays proportional to the mesh; the face reported is the lowest-numbered
    /// one that repeats an earlier face.
    static func rejectDuplicateFaces(_ d: MeshDescription) throws {
        var groupStart = [Int](repeating: 0, count: d.points.count + 1)
        for face in d.faces { groupStart[(face.min() ?? 0) + 1] += 1 }
        for p in 0..<d.points.count { groupStart[p + 1] += groupStart[p] }
        var fill = groupStart
        var grouped = [Int](repeating: 0, count: d.faces.count)
        for (f, face) in d.faces.enumerated() {
            let p = face.min() ?? 0
            grouped[fill[p]] = f
            fill[p] += 1
        }
        var first: (face: Int, duplicate: Int)?
        for p in 0..<d.points.count where groupStart[p + 1] - groupStart[p] > 1 {
            let members = grouped[groupStart[p]..<groupStart[p + 1]]
            let sorted = members.map { d.faces[$0].sorted() }
            for a in 1..<members.count {
                let f = members[members.startIndex + a]
                for b in 0..<a where sorted[a] == sorted[b] && f < (first?.face ?? Int.max) {
                    first = (f, members[members.startIndex + b])
                }
            }
        }
        if let (f, duplicate) = first {
            let cells = [d.owner[duplicate], d.neighbour[duplicate], d.owner[f], d.neighbour[f]]
            throw MeshError.faceSharedByMoreThanTwoCells(
                face: f, duplicate: duplicate, cells: cells.filter { $0 >= 0 })
        }
    }
}
