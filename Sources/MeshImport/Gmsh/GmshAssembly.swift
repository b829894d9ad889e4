import FiniteVolume

/// Turns the elements of a Gmsh file into a `MeshDescription`: the elements of the highest
/// dimension present (2 or 3) are the cells, their faces are matched by point set, and the
/// elements one dimension lower name the boundary faces they cover after their physical groups.
enum GmshAssembly {
    /// The zone that boundary faces in no physical group are put in.
    static let defaultZoneName = "default-boundary"

    /// The description of `content`, read from `fileName`.
    static func describe(
        _ content: GmshContent, fileName: String
    ) throws(MeshImportError) -> ImportedMesh {
        func failure(_ message: String) -> MeshImportError {
            MeshImportError(file: fileName, place: .file, message: message)
        }
        var notices = content.notices
        let dimension = content.elementTypes.lazy.map(\.dimension).max() ?? 0
        guard dimension >= 2 else {
            throw failure("no triangles, quadrangles or volume elements: nothing to make cells of")
        }

        // Cells: elements of the mesh's dimension, once each (MSH 2.2 repeats an element for
        // every physical group it is in).
        var cellElements: [Int] = []
        var seen = ElementTagSet(
            capacityHint: content.elementCount, largestTag: content.elementTags.max() ?? 0)
        for e in 0..<content.elementCount where content.elementTypes[e].dimension == dimension {
            if seen.insert(content.elementTags[e]) { cellElements.append(e) }
        }
        let nCells = cellElements.count
        func cellName(_ c: Int) -> String {
            let e = cellElements[c]
            return "element \(content.elementTags[e]) (\(content.elementTypes[e].name))"
        }

        // Points used by cells, renumbered in file order.
        var newIndex = [Int](repeating: -1, count: content.coordinates.count)
        for e in cellElements {
            for p in content.nodes(of: e) { newIndex[p] = 0 }
        }
        var points: [Vector3] = []
        for p in newIndex.indices where newIndex[p] == 0 {
            newIndex[p] = points.count
            points.append(content.coordinates[p])
        }

        var matcher = CellFaceMatcher(expectedFaces: nCells * (dimension == 3 ? 3 : 2))
        var local: [Int] = []
        var facePoints = [Int](repeating: 0, count: 4)
        for (c, e) in cellElements.enumerated() {
            let type = content.elementTypes[e]
            local.removeAll(keepingCapacity: true)
            for p in content.nodes(of: e) { local.append(newIndex[p]) }
            for i in local.indices where local[..<i].contains(local[i]) {
                throw failure("\(cellName(c)) uses the same node twice")
            }
            for face in type.faces {
                for k in face.indices { facePoints[k] = local[face[k]] }
                guard matcher.add(facePoints, 0..<face.count, of: c) else {
                    throw failure(
                        "a face of \(cellName(c)) is shared by more than two cells "
                            + "(duplicated or overlapping elements)")
                }
            }
        }

        let (faceGroup, internalByGroup) = boundaryGroups(
            content, matcher: matcher, dimension: dimension, newIndex: newIndex,
            notices: &notices)
        func groupName(_ tag: Int) -> String {
            content.physicalNames[PhysicalGroup(dimension: dimension - 1, tag: tag)]
                ?? "zone-\(tag)"
        }
        var zoneTags = Set(faceGroup.filter { $0 > 0 }).sorted()
        for (tag, count) in internalByGroup.sorted(by: { $0.key < $1.key }) where tag > 0 {
            notices.append(
                "\(count) elements of physical group '\(groupName(tag))' lie between two cells "
                    + "(an internal \(dimension == 3 ? "surface" : "line")); ignored")
        }
        for (group, name) in content.physicalNames.sorted(by: { $0.key.tag < $1.key.tag })
        where group.dimension == dimension - 1 && !zoneTags.contains(group.tag)
            && internalByGroup[group.tag] == nil
        {
            throw failure(
                "physical group '\(name)' (dimension \(group.dimension), tag \(group.tag)) "
                    + "has no boundary faces: a zone with no faces")
        }
        var zones = zoneTags.map { MeshDescription.Zone(name: groupName($0)) }
        let unzoned = faceGroup.filter { $0 == 0 }.count
        if unzoned > 0 {
            zoneTags.append(0)
            zones.append(MeshDescription.Zone(name: defaultZoneName))
            notices.append(
                "\(unzoned) boundary faces are in no physical group: they form the zone "
                    + "'\(defaultZoneName)'")
        }
        let zoneOfTag = Dictionary(uniqueKeysWithValues: zoneTags.enumerated().map { ($1, $0) })
        let faceZone = faceGroup.map { $0 < 0 ? -1 : zoneOfTag[$0] ?? -1 }

        if dimension == 2 { try PlaneMesh.flatten(&points, notices: &notices, failure: failure) }
        try CellClosure.check(
            faces: matcher.faces, owner: matcher.owner, neighbour: matcher.neighbour,
            nCells: nCells, dimension: dimension, fileName: fileName, cellName: cellName)
        let mesh = MeshDescription(
            dimension: dimension, points: points, faces: matcher.faces, owner: matcher.owner,
            neighbour: matcher.neighbour, faceZone: faceZone, zones: zones, nCells: nCells)
        return ImportedMesh(mesh: mesh, notices: notices)
    }

    /// (nFaces) the physical group of each boundary face (0 for none), -1 for internal faces,
    /// from the elements one dimension below the cells; and the number of elements of each
    /// group that lie on internal faces.
    private static func boundaryGroups(
        _ content: GmshContent, matcher: CellFaceMatcher, dimension: Int, newIndex: [Int],
        notices: inout [String]
    ) -> (faceGroup: [Int], internalByGroup: [Int: Int]) {
        var faceGroup = matcher.neighbour.map { $0 < 0 ? 0 : -1 }
        var unmatched = 0
        var internalByGroup: [Int: Int] = [:]
        var twice = 0
        var points: [Int] = []
        for e in 0..<content.elementCount
        where content.elementTypes[e].dimension == dimension - 1 {
            points.removeAll(keepingCapacity: true)
            for p in content.nodes(of: e) { points.append(newIndex[p]) }
            guard !points.contains(-1), let f = matcher.face(points, points.indices) else {
                unmatched += 1
                continue
            }
            let group = content.elementPhysical[e]
            if faceGroup[f] < 0 {
                internalByGroup[group, default: 0] += 1
            } else if faceGroup[f] == 0 {
                faceGroup[f] = group
            } else if faceGroup[f] != group {
                twice += 1
            }
        }
        if unmatched > 0 {
            notices.append("\(unmatched) boundary elements match no face of a cell; ignored")
        }
        if twice > 0 {
            notices.append(
                "\(twice) boundary faces are in more than one physical group; each is kept in "
                    + "the group met first")
        }
        if let unnamed = internalByGroup[0] {
            notices.append("\(unnamed) boundary elements lie between two cells; ignored")
        }
        return (faceGroup, internalByGroup)
    }
}
