import FiniteVolume

/// Checks what a Fluent file's sections hold and numbers it as a `MeshDescription`: nodes and
/// faces by their 1-based indices (every index defined once), c0/c1 as owner/neighbour (c1 = 0 on
/// the boundary; a face given with c0 = 0 is turned round), and one zone per boundary face zone
/// in file order with its Fluent type. Interior zones are not boundary zones: their faces must
/// have cells on both sides, and a boundary zone's only one.
enum FluentAssembly {
    /// The description of `content`, read from `fileName` by `parser`'s scanner (for places).
    static func describe(
        _ content: FluentContent, scanner: ByteScanner
    ) throws(MeshImportError) -> ImportedMesh {
        let fileName = scanner.fileName
        func failure(_ message: String) -> MeshImportError {
            MeshImportError(file: fileName, place: .file, message: message)
        }
        let dimension = content.dimension ?? content.nodeDimension ?? 3
        var points = try numberedPoints(content, scanner: scanner)
        var notices: [String] = []
        if dimension == 2 {
            try PlaneMesh.flatten(&points, notices: &notices, failure: failure)
        }
        let nCells = content.declaredCells ?? content.cellRanges.map(\.upperBound).max() ?? 0
        guard nCells > 0 else { throw failure("no cells: the file has no cell section (12)") }

        let zonesInOrder = content.faceZones.sorted { $0.first < $1.first }
        var expectedFirst = 1
        for zone in zonesInOrder {
            guard zone.first == expectedFirst else {
                throw scanner.failure(
                    zone.first < expectedFirst
                        ? "face zone \(zone.id) redefines faces from index \(zone.first)"
                        : "faces \(expectedFirst)-\(zone.first - 1) are in no face zone",
                    at: zone.offset)
            }
            expectedFirst += zone.count
        }
        let nFaces = expectedFirst - 1
        if let declared = content.declaredFaces, declared != nFaces {
            throw failure("\(declared) faces declared, but the face zones hold \(nFaces)")
        }
        // Each face closes at most two cells and each cell needs three faces or more.
        guard nCells <= 2 * nFaces / 3 else {
            throw failure(
                "\(nCells) cells declared, but \(nFaces) faces can close at most "
                    + "\(2 * nFaces / 3)")
        }

        var faces: [[Int]] = []
        var owner: [Int] = []
        var neighbour: [Int] = []
        var faceZone: [Int] = []
        faces.reserveCapacity(nFaces)
        owner.reserveCapacity(nFaces)
        neighbour.reserveCapacity(nFaces)
        faceZone.reserveCapacity(nFaces)
        var zones: [MeshDescription.Zone] = []
        var zoneIndex: [Int: Int] = [:]
        for zone in content.faceZones {
            let named = content.zoneNames[zone.id]
            let type = named?.type ?? FluentZoneType.name(of: zone.bcType)
            let name = named?.name ?? "\(type)-\(zone.id)"
            guard zone.count > 0 else {
                throw scanner.failure("zone '\(name)' has no faces", at: zone.offset)
            }
            guard type != "parent" else {
                throw scanner.failure(
                    "zone '\(name)' holds hanging-node parent faces, which are not supported",
                    at: zone.offset)
            }
            if type != "interior", zoneIndex[zone.id] == nil {
                zoneIndex[zone.id] = zones.count
                zones.append(MeshDescription.Zone(name: name, type: type))
            }
        }
        for zone in zonesInOrder {
            let named = content.zoneNames[zone.id]
            let type = named?.type ?? FluentZoneType.name(of: zone.bcType)
            let name = named?.name ?? "\(type)-\(zone.id)"
            for k in 0..<zone.count {
                // Built only for a message: a string per face would double the reading time.
                var place: String { "face \(zone.first + k) of zone '\(name)'" }
                var face = Array(zone.nodes[zone.nodeStart[k]..<zone.nodeStart[k + 1]])
                guard face.count == 2 || dimension == 3, face.count >= 3 || dimension == 2 else {
                    throw scanner.failure(
                        "\(place) has \(face.count) nodes in a \(dimension)-D mesh", at: zone.offset
                    )
                }
                for i in face.indices {
                    guard face[i] >= 1, face[i] <= points.count else {
                        throw scanner.failure(
                            "\(place) uses node \(face[i]), beyond the \(points.count) nodes",
                            at: zone.offset)
                    }
                    face[i] -= 1
                }
                var (c0, c1) = (zone.c0[k], zone.c1[k])
                if c0 == 0 {
                    (c0, c1) = (c1, c0)
                    face.reverse()
                }
                guard c0 >= 1, c0 <= nCells, c1 >= 0, c1 <= nCells, c0 != c1 else {
                    throw scanner.failure(
                        "\(place) has cells \(zone.c0[k]) and \(zone.c1[k]); cells run from 1 "
                            + "to \(nCells), c0 must be one and c1 another or 0", at: zone.offset)
                }
                if let z = zoneIndex[zone.id] {
                    guard c1 == 0 else {
                        throw scanner.failure(
                            "\(place) lies between cells \(c0) and \(c1): two-sided \(type) "
                                + "zones (baffles) are not supported", at: zone.offset)
                    }
                    faceZone.append(z)
                } else {
                    guard c1 != 0 else {
                        throw scanner.failure(
                            "\(place) has a cell on one side only, in an interior zone",
                            at: zone.offset)
                    }
                    faceZone.append(-1)
                }
                faces.append(face)
                owner.append(c0 - 1)
                neighbour.append(c1 - 1)
            }
        }
        try CellClosure.check(
            faces: faces, owner: owner, neighbour: neighbour, nCells: nCells,
            dimension: dimension, fileName: fileName,
            cellName: { "cell \($0 + 1) (hex \(String($0 + 1, radix: 16)))" })
        let mesh = MeshDescription(
            dimension: dimension, points: points, faces: faces, owner: owner,
            neighbour: neighbour, faceZone: faceZone, zones: zones, nCells: nCells)
        return ImportedMesh(mesh: mesh, notices: notices)
    }

    /// (nNodes) the coordinates of nodes 1…n in index order; every index must be given once.
    private static func numberedPoints(
        _ content: FluentContent, scanner: ByteScanner
    ) throws(MeshImportError) -> [Vector3] {
        let blocks = content.nodeBlocks.sorted { $0.first < $1.first }
        var points: [Vector3] = []
        for block in blocks {
            guard block.first == points.count + 1 else {
                throw scanner.failure(
                    block.first <= points.count
                        ? "node section redefines nodes from index \(block.first)"
                        : "nodes \(points.count + 1)-\(block.first - 1) are in no node section",
                    at: block.offset)
            }
            points.append(contentsOf: block.points)
        }
        if let declared = content.declaredNodes, declared != points.count {
            throw MeshImportError(
                file: scanner.fileName, place: .file,
                message: "\(declared) nodes declared, but the node sections hold \(points.count)")
        }
        guard !points.isEmpty else {
            throw MeshImportError(
                file: scanner.fileName, place: .file, message: "no nodes: no node section (10)")
        }
        return points
    }
}
