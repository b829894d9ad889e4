/// A face-based 2-D finite-volume mesh of unit depth (OpenFOAM `polyMesh` addressing).
///
/// Faces are edges. Internal faces come first, in upper-triangular order (sorted by owner, then
/// neighbour, owner < neighbour); boundary faces follow, grouped into contiguous named patches.
/// Every face's area vector `Sf` points out of its owner cell. Geometry is computed once from the
/// points and face addressing, so nothing downstream assumes a structured grid.
public struct Mesh: Sendable {
    /// (nPoints) vertex coordinates, m.
    public let points: [Vector2]
    /// (nFaces) first vertex of each face; the owner lies to the left of `facePointA → facePointB`.
    public let facePointA: [Int]
    /// (nFaces) second vertex of each face.
    public let facePointB: [Int]
    /// (nFaces) cell that owns each face.
    public let owner: [Int]
    /// (nInternalFaces) cell on the other side of each internal face; owner < neighbour.
    public let neighbour: [Int]
    /// Named boundary patches, contiguous and in face order after the internal faces.
    public let patches: [BoundaryPatch]
    /// Number of cells.
    public let nCells: Int

    /// (nCells) cell centroids, m.
    public let cellCentres: [Vector2]
    /// (nCells) cell areas times unit depth, m³ per m of depth (m²).
    public let cellVolumes: [Double]
    /// (nFaces) face midpoints, m.
    public let faceCentres: [Vector2]
    /// (nFaces) face area vectors Sf = |face|·n̂, outward from the owner, m² per m of depth (m).
    public let faceAreas: [Vector2]
    /// (nFaces) |Sf|, m.
    public let faceAreaMagnitudes: [Double]
    /// (nInternalFaces) linear interpolation weight w of the owner: φ_f = w·φ_P + (1 − w)·φ_N,
    /// with w = (d_fN·n̂)/(d_PN·n̂) (OpenFOAM `surfaceInterpolation::weights`).
    public let weights: [Double]
    /// (nFaces) 1/(d·n̂): inverse normal distance between the owner and the neighbour centre
    /// (internal faces) or between the owner centre and the face centre (boundary faces), 1/m.
    public let deltaCoefficients: [Double]
    /// Row access for matrices on this mesh.
    public let addressing: LDUAddressing

    /// Number of internal faces (the first `nInternalFaces` entries of every face array).
    public var nInternalFaces: Int { neighbour.count }
    /// Total number of faces.
    public var nFaces: Int { owner.count }
    /// Number of boundary faces.
    public var nBoundaryFaces: Int { owner.count - neighbour.count }

    /// Builds a mesh from its points and face addressing and computes all geometry.
    ///
    /// - Parameters:
    ///   - points: vertex coordinates, m.
    ///   - facePoints: (nFaces) vertex pairs (a, b) with the owner on the left of a → b.
    ///   - owner: (nFaces) owner cells.
    ///   - neighbour: (nInternalFaces) neighbour cells, owner < neighbour, upper-triangular order.
    ///   - patches: contiguous boundary patches covering faces `nInternalFaces ..< nFaces`.
    ///   - nCells: number of cells.
    public init(
        points: [Vector2], facePoints: [(Int, Int)], owner: [Int], neighbour: [Int],
        patches: [BoundaryPatch], nCells: Int
    ) {
        self.points = points
        self.facePointA = facePoints.map(\.0)
        self.facePointB = facePoints.map(\.1)
        self.owner = owner
        self.neighbour = neighbour
        self.patches = patches
        self.nCells = nCells
        let faces = Mesh.faceGeometry(points: points, facePoints: facePoints)
        self.faceCentres = faces.centres
        self.faceAreas = faces.areas
        self.faceAreaMagnitudes = faces.areas.map(\.magnitude)
        let cells = Mesh.cellGeometry(
            nCells: nCells, owner: owner, neighbour: neighbour, faceCentres: faces.centres,
            faceAreas: faces.areas)
        self.cellCentres = cells.centres
        self.cellVolumes = cells.volumes
        let interpolation = Mesh.interpolationFactors(
            owner: owner, neighbour: neighbour, cellCentres: cells.centres,
            faceCentres: faces.centres, faceAreas: faces.areas)
        self.weights = interpolation.weights
        self.deltaCoefficients = interpolation.deltaCoefficients
        self.addressing = LDUAddressing(
            nCells: nCells, owner: owner[0..<neighbour.count], neighbour: neighbour)
        #if COURANT_CHECKS
            checkInvariants()
        #endif
    }

    /// The patch called `name`, or nil.
    public func patch(named name: String) -> BoundaryPatch? {
        patches.first { $0.name == name }
    }
}
