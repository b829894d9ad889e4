import FiniteVolume
import Testing

@Suite struct MeshTests {
    @Test func gradedRectangleVolumesSumToTheDomainArea() throws {
        let mesh = try Mesh.rectangle(nx: 7, ny: 5, lx: 2, ly: 0.5, gradingX: 4, gradingY: 0.25)
        #expect(mesh.nCells == 35)
        #expect(abs(mesh.cellVolumes.reduce(0, +) - 1.0) < 1e-14)
        #expect(mesh.maxCellOpenness < 1e-12)
    }

    @Test func gradingSetsTheLastOverFirstCellWidth() throws {
        let mesh = try Mesh.rectangle(nx: 6, ny: 1, lx: 1, ly: 1, gradingX: 5)
        let first = mesh.cellVolumes[0]
        let last = mesh.cellVolumes[5]
        #expect(abs(last / first - 5) < 1e-12)
    }

    @Test func rectanglePatchesHaveTheSideLengthsAndOutwardNormals() throws {
        let mesh = try Mesh.rectangle(
            nx: 4, ny: 3, lx: 2, ly: 1, patchNames: [.top: "movingWall"])
        #expect(mesh.patches.map(\.name) == ["left", "right", "bottom", "movingWall"])
        let expected: [String: Vector3] = [
            "left": Vector3(-1, 0), "right": Vector3(1, 0), "bottom": Vector3(0, -2),
            "movingWall": Vector3(0, 2),
        ]
        for patch in mesh.patches {
            let sum = patch.faces.reduce(Vector3.zero) { $0 + mesh.faceAreas[$1] }
            let want = try #require(expected[patch.name])
            #expect((sum - want).magnitude < 1e-14, "\(patch.name)")
        }
    }

    @Test func internalFacesAreUpperTriangularWithOwnerBelowNeighbour() throws {
        let mesh = try Mesh.rectangle(nx: 5, ny: 4, lx: 1, ly: 1)
        #expect(mesh.nInternalFaces == 4 * 4 + 5 * 3)
        for f in 0..<mesh.nInternalFaces {
            #expect(mesh.owner[f] < mesh.neighbour[f])
            if f > 0 {
                #expect(
                    (mesh.owner[f - 1], mesh.neighbour[f - 1]) < (mesh.owner[f], mesh.neighbour[f]))
            }
            // Sf points from owner to neighbour.
            let d = mesh.cellCentres[mesh.neighbour[f]] - mesh.cellCentres[mesh.owner[f]]
            #expect(d.dot(mesh.faceAreas[f]) > 0)
        }
    }

    @Test func backwardFacingStepLeavesOutTheSolidBlockAndNamesItsPatches() throws {
        // Step of height 0.5 under an inlet channel of length 1; downstream length 3.
        var layout = BlockLayout(
            xEdges: [0, 1, 4], yEdges: [0, 0.5, 1], cellsX: [4, 12], cellsY: [3, 3])
        layout.isFluid = [false, true, true, true]
        layout.patchNames[BlockSide(column: 0, row: 1, side: .left)] = "inlet"
        layout.patchNames[BlockSide(column: 1, row: 0, side: .right)] = "outlet"
        layout.patchNames[BlockSide(column: 1, row: 1, side: .right)] = "outlet"
        layout.patchNames[BlockSide(column: 1, row: 0, side: .left)] = "step"
        let mesh = try Mesh.blocks(layout)
        #expect(mesh.nCells == 4 * 3 + 12 * 6)
        #expect(abs(mesh.cellVolumes.reduce(0, +) - (4.0 - 0.5)) < 1e-13)
        #expect(mesh.maxCellOpenness < 1e-12)
        let length = { (name: String) -> Double in
            guard let patch = mesh.patch(named: name) else { return -1 }
            return patch.faces.reduce(0) { $0 + mesh.faceAreaMagnitudes[$1] }
        }
        #expect(abs(length("inlet") - 0.5) < 1e-14)
        #expect(abs(length("outlet") - 1.0) < 1e-14)
        #expect(abs(length("step") - 0.5) < 1e-14)
        #expect(abs(length("bottom") - 4.0) < 1e-14)  // step top (1) + downstream floor (3)
        #expect(abs(length("top") - 4.0) < 1e-14)
    }

    @Test func cellCentresAndDeltasOfAUniformGridAreExact() throws {
        let mesh = try Mesh.rectangle(nx: 4, ny: 2, lx: 1, ly: 1)
        #expect((mesh.cellCentres[5] - Vector3(0.375, 0.75)).magnitude < 1e-15)
        #expect(mesh.weights.allSatisfy { abs($0 - 0.5) < 1e-14 })
        let leftFace = try #require(mesh.patch(named: "left")).start
        #expect(abs(mesh.deltaCoefficients[leftFace] - 8) < 1e-12)
    }

    @Test func inconsistentLayoutThrows() {
        #expect(throws: Mesh.LayoutError.self) {
            try Mesh.blocks(
                BlockLayout(xEdges: [0, 1], yEdges: [0, 1], cellsX: [2, 2], cellsY: [2]))
        }
    }

    @Test func boundaryFacesThroughAPointAreThoseItLiesOn() throws {
        let mesh = try Mesh.rectangle(nx: 2, ny: 2, lx: 1, ly: 1)
        let names = { (point: Vector3) -> [String] in
            let cell = try #require(mesh.cell(containing: point))
            return mesh.boundaryFaces(of: cell, through: point).map { face in
                mesh.patches.first { $0.faces.contains(face) }?.name ?? "?"
            }.sorted()
        }
        #expect(try names(Vector3(0.25, 0.25)).isEmpty)  // inside a cell
        #expect(try names(Vector3(0.5, 0.5)).isEmpty)  // on internal faces only
        #expect(try names(Vector3(0.3, 0)) == ["bottom"])
        #expect(try names(Vector3(1, 0.7)) == ["right"])
        #expect(try names(Vector3(0.5, 1)) == ["top"])  // where two top faces meet
        #expect(try names(Vector3(0, 1)) == ["left", "top"])  // a corner
    }
}
