import FiniteVolume

/// Coarse levels for algebraic multigrid, agglomerated once per mesh (that is, once per matrix
/// structure) from the matrix graph weighted by the Laplacian's face coefficients |Sf|·δ_f
/// (OpenFOAM GAMG `faceAreaPair`), down to at most `coarsestCells` cells. Each level is
/// `pairingPasses` rounds of pairwise agglomeration by strongest coupling: about half the cells
/// of the level above for one pass, a quarter for two (double pairwise aggregation, Notay
/// 2010). The solvers refresh only the coefficients on these levels at each solve.
public struct AgglomerationHierarchy: Sendable {
    /// Levels from the first coarse level down to the coarsest.
    let levels: [MultigridLevel]
    /// Owners of the finest (mesh) level's internal faces.
    let meshOwner: [Int]

    /// Agglomerates `mesh` until a level has at most `coarsestCells` cells or stops shrinking,
    /// each level `pairingPasses` (≥ 1) rounds of pairwise agglomeration.
    public init(mesh: Mesh, coarsestCells: Int = 64, pairingPasses: Int = 1) {
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
        self.init(levels: levels, meshOwner: Array(mesh.owner[0..<mesh.nInternalFaces]))
        self = merged(pairingPasses: pairingPasses)
    }

    init(levels: [MultigridLevel], meshOwner: [Int]) {
        self.levels = levels
        self.meshOwner = meshOwner
    }

    /// This hierarchy with every `pairingPasses` consecutive levels merged into one (the last
    /// level may merge fewer): the same agglomerates as building it with that many passes.
    public func merged(pairingPasses: Int) -> AgglomerationHierarchy {
        guard pairingPasses > 1 else { return self }
        let merged = stride(from: 0, to: levels.count, by: pairingPasses).map { start in
            levels[(start + 1)..<min(start + pairingPasses, levels.count)].reduce(levels[start]) {
                MultigridLevel.merging($0, then: $1)
            }
        }
        return AgglomerationHierarchy(levels: merged, meshOwner: meshOwner)
    }

    /// (levels) for each coarse level, the coarse cell of each cell of the level above it
    /// (the mesh's cells for the first): the agglomerates.
    public var agglomerates: [[Int]] { levels.map(\.coarseCell) }

    /// Number of levels including the mesh.
    public var depth: Int { levels.count + 1 }

    /// Cells on the coarsest level.
    public var coarsestCells: Int { levels.last?.nCells ?? 0 }
}
