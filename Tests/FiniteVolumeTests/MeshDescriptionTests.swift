import FiniteVolume
import MeshTestSupport
import Testing

/// `Mesh(description:)`: ordering, orientation and the one-line refusal of bad meshes.
@Suite struct MeshDescriptionTests {
    /// A hexahedron [0, 1]³ (cell 0), a prism beside it at x ∈ [1, 2] (1), a pyramid on its top
    /// with apex (0.5, 0.5, 1.5) (2) and a tetrahedron on the pyramid's +x side (3). Volumes
    /// by hand: 1, 1/2, 1·0.5/3 = 1/6 and |det|/6 = 0.25/6 = 1/24. Boundary zones, in order of
    /// first appearance: `walls`, then `left` at x = 0.
    static func mixed() -> CellMeshBuilder {
        var builder = CellMeshBuilder(points: [
            Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(1, 1, 0), Vector3(0, 1, 0),
            Vector3(0, 0, 1), Vector3(1, 0, 1), Vector3(1, 1, 1), Vector3(0, 1, 1),
            Vector3(2, 0, 0), Vector3(2, 1, 0), Vector3(0.5, 0.5, 1.5), Vector3(1, 0.5, 1.5),
        ])
        builder.cells = [
            CellMeshBuilder.hexahedron(Array(0..<8)), CellMeshBuilder.prism(1, 8, 5, 2, 9, 6),
            CellMeshBuilder.pyramid(4, 5, 6, 7, 10), CellMeshBuilder.tetrahedron(5, 6, 10, 11),
        ]
        return builder
    }

    static func zone(_ centre: Vector3) -> String { abs(centre.x) < 1e-12 ? "left" : "walls" }

    @Test func mixedElementMeshIsOrderedOrientedAndKeepsItsCellNumbers() throws {
        let mesh = try Mesh(description: Self.mixed().description(zone: Self.zone))
        #expect(mesh.nCells == 4 && mesh.nInternalFaces == 3)
        let volumes = [1, 0.5, 1.0 / 6, 1.0 / 24]
        #expect(zip(mesh.cellVolumes, volumes).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(mesh.maxCellOpenness < 1e-14)
        #expect(
            Array(zip(mesh.owner.prefix(3), mesh.neighbour)).map { [$0, $1] } == [
                [0, 1], [0, 2], [2, 3],
            ])
        for f in 0..<mesh.nInternalFaces {
            let d = mesh.cellCentres[mesh.neighbour[f]] - mesh.cellCentres[mesh.owner[f]]
            #expect(d.dot(mesh.faceAreas[f]) > 0)
        }
        for f in mesh.nInternalFaces..<mesh.nFaces {
            #expect(
                (mesh.faceCentres[f] - mesh.cellCentres[mesh.owner[f]]).dot(mesh.faceAreas[f]) > 0)
        }
        #expect(mesh.nFaces == 17)
        #expect(mesh.patches.map(\.name) == ["walls", "left"])
        #expect(mesh.patches[0].start == 3 && mesh.patches[0].count == 13)
        #expect(mesh.patches[1].start == 16 && mesh.patches[1].count == 1)
        // The hexahedron's boundary faces face its centre squarely; the faces between cells
        // whose centres are offset (hexahedron-prism, pyramid-tetrahedron) are non-orthogonal.
        #expect(mesh.nonOrthogonalFaces.contains(0) && mesh.nonOrthogonalFaces.contains(2))
        for f in mesh.faces(ofCell: 0) where f >= mesh.nInternalFaces {
            #expect(!mesh.nonOrthogonalFaces.contains(f))
        }
    }

    @Test func faceOrderOrientationAndOwnerSideDoNotMatter() throws {
        let straight = Self.mixed().description(zone: Self.zone)
        var scrambled = straight
        // Reverse every face, swap the cells of internal faces, list faces backwards.
        let order = Array(straight.faces.indices.reversed())
        scrambled.faces = order.map { Array(straight.faces[$0].reversed()) }
        scrambled.owner = order.map {
            straight.neighbour[$0] >= 0 ? straight.neighbour[$0] : straight.owner[$0]
        }
        scrambled.neighbour = order.map {
            straight.neighbour[$0] >= 0 ? straight.owner[$0] : -1
        }
        scrambled.faceZone = order.map { straight.faceZone[$0] }
        let a = try Mesh(description: straight)
        let b = try Mesh(description: scrambled)
        #expect(a.owner.prefix(3) == b.owner.prefix(3) && a.neighbour == b.neighbour)
        #expect(a.patches == b.patches)
        for patch in a.patches {
            #expect(
                patch.faces.map { a.owner[$0] }.sorted() == patch.faces.map { b.owner[$0] }.sorted()
            )
        }
        #expect(zip(a.cellVolumes, b.cellVolumes).allSatisfy { abs($0 - $1) < 1e-15 })
        for f in 0..<a.nInternalFaces {
            #expect((a.faceAreas[f] - b.faceAreas[f]).magnitude < 1e-15)
        }
        #expect(b.maxCellOpenness < 1e-14)
    }

    @Test func generatedMeshesComeBackUnchangedThroughTheirDescription() throws {
        let meshes = [
            try Mesh.rectangle(nx: 5, ny: 3, lx: 2, ly: 1, gradingX: 2),
            try Mesh.box(nx: 3, ny: 2, nz: 2, lx: 1, ly: 1, lz: 1, gradingY: 4),
        ]
        for mesh in meshes {
            let copy = try Mesh(description: mesh.meshDescription)
            #expect(copy.dimension == mesh.dimension)
            #expect(
                copy.facePoints == mesh.facePoints && copy.facePointStart == mesh.facePointStart)
            #expect(copy.owner == mesh.owner && copy.neighbour == mesh.neighbour)
            #expect(copy.patches == mesh.patches)
            #expect(copy.faceAreas == mesh.faceAreas && copy.cellCentres == mesh.cellCentres)
            #expect(copy.cellVolumes == mesh.cellVolumes)
        }
    }

    /// Each kind of bad mesh and the error it must give, one line naming the place.
    static let badMeshes: [(String, @Sendable (inout MeshDescription) -> Void, MeshError)] = [
        ("dimension", { $0.dimension = 4 }, .unsupportedDimension(4)),
        (
            "sizes", { $0.owner.removeLast() },
            .inconsistentSizes("17 faces but 16 owner entries")
        ),
        ("point index", { $0.faces[2][1] = 99 }, .pointOutOfRange(face: 2, point: 99, nPoints: 12)),
        (
            "cell index", { $0.owner[5] = 7 },
            .cellOutOfRange(face: 5, side: "owner", cell: 7, nCells: 4)
        ),
        (
            "too few points", { $0.faces[4] = [1, 2] },
            .facePointCount(face: 4, count: 2, dimension: 3)
        ),
        ("cell without faces", { $0.nCells = 5 }, .cellWithoutFaces(cell: 4)),
        (
            "same cell twice", { $0.neighbour[0] = $0.owner[0] },
            .sameCellOnBothSides(face: 0, cell: 0)
        ),
        (
            "no zone", { $0.faceZone[$0.faceZone.firstIndex(of: 0) ?? 0] = 5 },
            .boundaryFaceWithoutZone(face: 0, zone: 5)
        ),
        (
            "empty zone", { $0.zones.append(MeshDescription.Zone(name: "outlet")) },
            .emptyZone("outlet")
        ),
        (
            "duplicate zone name", { $0.zones[0].name = "left" },
            .duplicateZoneName("left")
        ),
        (
            "shared by three cells",
            {
                $0.faces.append($0.faces[1])
                $0.owner.append(3)
                $0.neighbour.append(-1)
                $0.faceZone.append(1)
            },
            .faceSharedByMoreThanTwoCells(face: 17, duplicate: 1, cells: [0, 2, 3])
        ),
        ("zero area", { $0.faces[6] = [0, 1, 0] }, .zeroAreaFace(face: 6)),
    ]

    @Test(arguments: badMeshes.indices)
    func badMeshGivesItsOneLineError(_ index: Int) throws {
        let (_, spoil, expected) = Self.badMeshes[index]
        var description = Self.mixed().description(zone: Self.zone)
        spoil(&description)
        #expect(throws: expected) { try Mesh(description: description) }
        #expect(!expected.description.contains("\n"))
    }

    @Test func openCellAndFlatCellAreRefused() throws {
        // Drop a boundary face of the tetrahedron (cell 3): the cell is not closed.
        var open = Self.mixed().description(zone: Self.zone)
        let last = try #require(open.owner.lastIndex(of: 3))
        open.faces.remove(at: last)
        open.owner.remove(at: last)
        open.neighbour.remove(at: last)
        open.faceZone.remove(at: last)
        #expect {
            try Mesh(description: open)
        } throws: { error in
            guard case .cellNotClosed(let cell, let openness) = error as? MeshError else {
                return false
            }
            return cell == 3 && openness > 0.1
        }
        // A tetrahedron whose four points lie in one plane has zero volume.
        var flat = CellMeshBuilder(points: [
            Vector3(0, 0, 0), Vector3(1, 0, 0), Vector3(0, 1, 0), Vector3(1, 1, 0),
        ])
        flat.cells = [CellMeshBuilder.tetrahedron(0, 1, 2, 3)]
        #expect {
            try Mesh(description: flat.description())
        } throws: { error in
            guard case .nonPositiveVolume(let cell, let volume) = error as? MeshError else {
                return false
            }
            return cell == 0 && abs(volume) < 1e-15
        }
    }

    @Test func planeMeshesNeedTwoPointFacesInTheXYPlane() throws {
        var description = try Mesh.rectangle(nx: 2, ny: 2, lx: 1, ly: 1).meshDescription
        description.points[4].z = 0.1
        #expect(throws: MeshError.pointOffPlane(point: 4, z: 0.1)) {
            try Mesh(description: description)
        }
        description.points[4].z = 0
        description.faces[0].append(3)
        #expect(throws: MeshError.facePointCount(face: 0, count: 3, dimension: 2)) {
            try Mesh(description: description)
        }
    }
}
