import FiniteVolume

/// Coarse levels for algebraic multigrid, agglomerated once from the mesh geometry
/// (face weights |Sf|·δ_f, OpenFOAM GAMG `faceAreaPair`), each level about half the cells of
/// the one above, down to at most `coarsestCells` cells.
public struct AgglomerationHierarchy: Sendable {
    /// Levels from the first coarse level down to the coarsest.
    let levels: [MultigridLevel]
    /// Owners of the finest (mesh) level's internal faces.
    let meshOwner: [Int]

    /// Agglomerates `mesh` until a level has at most `coarsestCells` cells or stops shrinking.
    public init(mesh: Mesh, coarsestCells: Int = 64) {
        var levels = [MultigridLevel]()
        var owner = Array(mesh.owner[0..<mesh.nInternalFaces])
        var neighbour = mesh.neighbour
        var weights = (0..<mesh.nInternalFaces).map {
            mesh.faceAreaMagnitudes[$0] * mesh.deltaCoefficients[$0]
        }
        var nCells = mesh.nCells
        while nCells > coarsestCells {
            let next = MultigridLevel.agglomerate(
                nFinerCells: nCells, owner: owner, neighbour: neighbour, weights: weights)
            guard next.level.nCells < nCells else { break }
            levels.append(next.level)
            owner = next.level.owner
            neighbour = next.level.neighbour
            weights = next.weights
            nCells = next.level.nCells
        }
        self.levels = levels
        self.meshOwner = Array(mesh.owner[0..<mesh.nInternalFaces])
    }

    /// Number of levels including the mesh.
    public var depth: Int { levels.count + 1 }

    /// Cells on the coarsest level.
    public var coarsestCells: Int { levels.last?.nCells ?? 0 }
}
