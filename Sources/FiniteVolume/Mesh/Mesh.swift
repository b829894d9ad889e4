/// A face-based polyhedral finite-volume mesh, plane (2-D, unit depth) or volume (3-D), with
/// OpenFOAM `polyMesh` addressing.
///
/// Faces are polygons stored compactly (`facePointStart`/`facePoints`); in 2-D they are edges of
/// two points with z = 0 and unit depth, and there are no front or back faces, so a plane case
/// costs what a 2-D code costs. Internal faces come first, in upper-triangular order (sorted by
/// owner, then neighbour, owner < neighbour); boundary faces follow, grouped into contiguous
/// named patches. Every face's area vector `Sf` points out of its owner cell. Geometry is
/// computed once from the points and face addressing (triangle and pyramid decompositions, see
/// `Mesh+Geometry.swift`), so nothing downstream assumes a structured grid.
///
/// Build one from a reader's `MeshDescription` with `init(description:)`, or with the block
/// generators `blocks(_:)`, `rectangle(...)` (2-D) and `box(...)` (3-D).
public struct Mesh: Sendable {
    /// 2 for a plane mesh of unit depth (faces are edges, z = 0), 3 for a volume mesh.
    public let dimension: Int
    /// (nPoints) vertex coordinates, m.
    public let points: [Vector3]
    /// (nFaces + 1) face f's points are `facePoints[facePointStart[f] ..< facePointStart[f + 1]]`.
    public let facePointStart: [Int]
    /// (facePointStart[nFaces]) point indices of every face, face after face, in order around
    /// the face so that its area vector points out of the owner: by the right-hand rule in 3-D,
    /// Sf = (Δy, −Δx, 0) for an edge a → b in 2-D (the owner on the left of a → b).
    public let facePoints: [Int]
    /// (nFaces) cell that owns each face.
    public let owner: [Int]
    /// (nInternalFaces) cell on the other side of each internal face; owner < neighbour.
    public let neighbour: [Int]
    /// Named boundary patches, contiguous and in face order after the internal faces.
    public let patches: [BoundaryPatch]
    /// Number of cells.
    public let nCells: Int

    /// (nCells) cell centroids, m.
    public let cellCentres: [Vector3]
    /// (nCells) cell volumes, m³ (2-D: area times unit depth, m³ per m of depth).
    public let cellVolumes: [Double]
    /// (nFaces) face centroids, m.
    public let faceCentres: [Vector3]
    /// (nFaces) face area vectors Sf = |face|·n̂, outward from the owner, m² (2-D: per m depth).
    public let faceAreas: [Vector3]
    /// (nFaces) |Sf|, m².
    public let faceAreaMagnitudes: [Double]
    /// (nInternalFaces) linear interpolation weight w of the owner: φ_f = w·φ_P + (1 − w)·φ_N,
    /// with w = |d_fN·n̂| / (|d_Pf·n̂| + |d_fN·n̂|) (OpenFOAM `surfaceInterpolation::weights`).
    public let weights: [Double]
    /// (nFaces) δ_f = 1/max(d·n̂, 0.05·|d|), d from the owner centre to the neighbour centre
    /// (internal faces) or to the face centre (boundary faces), 1/m: the over-relaxed delta
    /// coefficient of the two-point normal gradient, 1/|d| on orthogonal faces.
    public let deltaCoefficients: [Double]
    /// Faces whose d is not parallel to Sf (|k| > 1e-10), in increasing order: the only faces
    /// where diffusion terms carry a non-orthogonal correction. Empty on block meshes.
    public let nonOrthogonalFaces: [Int]
    /// (nonOrthogonalFaces.count) correction vector k = n̂ − δ_f·d of each listed face
    /// (dimensionless), so that n̂·∇φ = δ_f·(φ_N − φ_P) + k·∇φ for linear φ.
    public let nonOrthogonalCorrections: [Vector3]
    /// Internal faces whose centre is off the point x_f' = w·x_P + (1 − w)·x_N that linear
    /// interpolation stands for (|x_f − x_f'| > 1e-10·|x_N − x_P|), in increasing order: the
    /// faces where a face value needs the skewness correction (∇φ)_f·(x_f − x_f'). Empty on
    /// block meshes.
    public let skewedFaces: [Int]
    /// (skewedFaces.count) x_f − x_f' of each listed face, m.
    public let skewnessVectors: [Vector3]
    /// (nCells + 1) cell c's faces are `cellFaces[cellFaceStart[c] ..< cellFaceStart[c + 1]]`.
    public let cellFaceStart: [Int]
    /// (2·nInternalFaces + nBoundaryFaces) the faces of every cell, cell after cell, each cell's
    /// in increasing face order.
    public let cellFaces: [Int]
    /// Row access for matrices on this mesh.
    public let addressing: LDUAddressing

    /// Number of internal faces (the first `nInternalFaces` entries of every face array).
    public var nInternalFaces: Int { neighbour.count }
    /// Total number of faces.
    public var nFaces: Int { owner.count }
    /// Number of boundary faces.
    public var nBoundaryFaces: Int { owner.count - neighbour.count }
    /// Number of points.
    public var nPoints: Int { points.count }

    /// A mesh from addressing that is already in order, and all its geometry. The generators
    /// and `init(description:)` call it, then `checkInvariants()` with `COURANT_CHECKS`.
    ///
    /// - Parameters:
    ///   - dimension: 2 (faces of two points, z = 0) or 3.
    ///   - points: vertex coordinates, m.
    ///   - facePointStart, facePoints: faces as point lists (layout as on the properties),
    ///     oriented out of their owner.
    ///   - owner: (nFaces) owner cells.
    ///   - neighbour: (nInternalFaces) neighbour cells, owner < neighbour, upper-triangular.
    ///   - patches: contiguous boundary patches covering faces `nInternalFaces ..< nFaces`.
    ///   - nCells: number of cells.
    init(
        dimension: Int, points: [Vector3], facePointStart: [Int], facePoints: [Int],
        owner: [Int], neighbour: [Int], patches: [BoundaryPatch], nCells: Int
    ) {
        self.dimension = dimension
        self.points = points
        self.facePointStart = facePointStart
        self.facePoints = facePoints
        self.owner = owner
        self.neighbour = neighbour
        self.patches = patches
        self.nCells = nCells
        let faces = Mesh.faceGeometry(
            dimension: dimension, points: points, facePointStart: facePointStart,
            facePoints: facePoints)
        self.faceCentres = faces.centres
        self.faceAreas = faces.areas
        self.faceAreaMagnitudes = faces.areas.map(\.magnitude)
        let cellFaces = Mesh.cellFaceAddressing(nCells: nCells, owner: owner, neighbour: neighbour)
        self.cellFaceStart = cellFaces.start
        self.cellFaces = cellFaces.faces
        let cells = Mesh.cellGeometry(
            dimension: dimension, nCells: nCells, owner: owner, cellFaceStart: cellFaces.start,
            cellFaces: cellFaces.faces, faceCentres: faces.centres, faceAreas: faces.areas)
        self.cellCentres = cells.centres
        self.cellVolumes = cells.volumes
        let interpolation = Mesh.interpolationFactors(
            owner: owner, neighbour: neighbour, cellCentres: cells.centres,
            faceCentres: faces.centres, faceAreas: faces.areas)
        self.weights = interpolation.weights
        self.deltaCoefficients = interpolation.deltaCoefficients
        self.nonOrthogonalFaces = interpolation.nonOrthogonalFaces
        self.nonOrthogonalCorrections = interpolation.corrections
        let skewness = Mesh.skewness(
            owner: owner, neighbour: neighbour, weights: interpolation.weights,
            cellCentres: cells.centres, faceCentres: faces.centres)
        self.skewedFaces = skewness.faces
        self.skewnessVectors = skewness.vectors
        self.addressing = LDUAddressing(
            nCells: nCells, owner: owner[0..<neighbour.count], neighbour: neighbour)
    }

    /// The patch called `name`, or nil.
    public func patch(named name: String) -> BoundaryPatch? {
        patches.first { $0.name == name }
    }

    /// The point indices of face `face`, oriented out of its owner.
    public func points(ofFace face: Int) -> ArraySlice<Int> {
        facePoints[facePointStart[face]..<facePointStart[face + 1]]
    }

    /// The faces of cell `cell`, internal and boundary, in increasing order.
    public func faces(ofCell cell: Int) -> ArraySlice<Int> {
        cellFaces[cellFaceStart[cell]..<cellFaceStart[cell + 1]]
    }

    /// Sf of `face` pointing out of `cell`, one of the face's two cells.
    @inlinable public func outwardArea(face: Int, cell: Int) -> Vector3 {
        owner[face] == cell ? faceAreas[face] : -1.0 * faceAreas[face]
    }
}
