import FiniteVolume

/// One coarse level of an agglomeration hierarchy: the LDU structure of the coarse cells and
/// how the finer level's cells and faces map onto it.
struct MultigridLevel: Sendable {
    /// Number of coarse cells.
    let nCells: Int
    /// (nCoarseFaces) owner coarse cell of each coarse face, upper-triangular order.
    let owner: [Int]
    /// (nCoarseFaces) neighbour coarse cell, owner < neighbour.
    let neighbour: [Int]
    /// Row access for Gauss-Seidel on this level.
    let addressing: LDUAddressing
    /// (nFinerCells) coarse cell holding each finer cell.
    let coarseCell: [Int]
    /// (nFinerFaces) coarse face a finer face belongs to, or −1 when the face lies inside one
    /// agglomerate (its coefficients then fold into the coarse diagonal).
    let coarseFace: [Int]
    /// (nFinerFaces) true when the finer face's owner maps to the coarse face's neighbour.
    let flipped: [Bool]

    /// The Galerkin coarse matrix for piecewise-constant prolongation R (additive correction,
    /// Hutchinson & Raithby 1986): A_c = Rᵀ·A·R. The coarse source is left zero (set per cycle).
    ///
    /// - Parameter fineOwner: (nFinerFaces) owners of the finer level's faces.
    func coarsen(_ fine: FVMatrix, fineOwner: [Int]) -> FVMatrix {
        var coarse = FVMatrix(nCells: nCells, nInternalFaces: owner.count)
        coarseCell.withUnsafeBufferPointer { cell in
            coarseFace.withUnsafeBufferPointer { face in
                flipped.withUnsafeBufferPointer { flipped in
                    fineOwner.withUnsafeBufferPointer { fineOwner in
                        fine.diag.withUnsafeBufferPointer { fd in
                            fine.upper.withUnsafeBufferPointer { fu in
                                fine.lower.withUnsafeBufferPointer { fl in
                                    coarse.diag.withUnsafeMutableBufferPointer { d in
                                        coarse.upper.withUnsafeMutableBufferPointer { u in
                                            coarse.lower.withUnsafeMutableBufferPointer { l in
                                                for c in 0..<cell.count { d[cell[c]] += fd[c] }
                                                for f in 0..<face.count {
                                                    let target = face[f]
                                                    if target < 0 {
                                                        d[cell[fineOwner[f]]] += fu[f] + fl[f]
                                                    } else if flipped[f] {
                                                        u[target] += fl[f]
                                                        l[target] += fu[f]
                                                    } else {
                                                        u[target] += fu[f]
                                                        l[target] += fl[f]
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return coarse
    }

    /// Builds the next level by pairwise agglomeration: each cell, in order, joins the
    /// unpaired neighbour it is most strongly coupled to (largest face weight); cells left
    /// without a partner join the group of their strongest neighbour.
    ///
    /// Weights within `Self.tieTolerance` (relative) of each other count as equal and the
    /// lower-numbered neighbour wins, so the agglomerates depend on the cell numbering and the
    /// geometry only, not on the face order or on round-off in the coordinates (the same mesh
    /// read from a Gmsh file and from an 11-digit Fluent file agglomerates identically).
    ///
    /// - Parameters:
    ///   - nFinerCells: cells on the finer level.
    ///   - owner, neighbour: the finer level's faces.
    ///   - weights: (nFinerFaces) coupling strength, e.g. |Sf|·δ_f.
    /// - Returns: the level and the coarse face weights (sums of the finer ones).
    static func agglomerate(
        nFinerCells: Int, owner: [Int], neighbour: [Int], weights: [Double]
    ) -> (level: MultigridLevel, weights: [Double]) {
        var group = [Int](repeating: -1, count: nFinerCells)
        var faces = [[Int]](repeating: [], count: nFinerCells)
        for f in owner.indices {
            faces[owner[f]].append(f)
            faces[neighbour[f]].append(f)
        }
        var nGroups = 0
        for c in 0..<nFinerCells where group[c] < 0 {
            var best = -1
            var bestWeight = -Double.infinity
            for f in faces[c] {
                let other = owner[f] == c ? neighbour[f] : owner[f]
                if group[other] < 0
                    && isStronger(weights[f], other, than: bestWeight, best)
                {
                    best = other
                    bestWeight = weights[f]
                }
            }
            group[c] = nGroups
            if best >= 0 { group[best] = nGroups }
            nGroups += 1
        }
        // Singletons: merge into the strongest neighbour's group.
        var size = [Int](repeating: 0, count: nGroups)
        for c in 0..<nFinerCells { size[group[c]] += 1 }
        var merged = group
        for c in 0..<nFinerCells where size[group[c]] == 1 {
            var strongest = -1
            var strongestWeight = -Double.infinity
            for f in faces[c] {
                let other = owner[f] == c ? neighbour[f] : owner[f]
                if isStronger(weights[f], other, than: strongestWeight, strongest) {
                    strongest = other
                    strongestWeight = weights[f]
                }
            }
            if strongest >= 0 { merged[c] = group[strongest] }
        }
        // Renumber the surviving groups densely in order of first appearance.
        var renumber = [Int](repeating: -1, count: nGroups)
        var nCoarse = 0
        for c in 0..<nFinerCells where renumber[merged[c]] < 0 {
            renumber[merged[c]] = nCoarse
            nCoarse += 1
        }
        let coarseCell = merged.map { renumber[$0] }

        var pairIndex = [Int: Int]()
        var pairs = [(Int, Int)]()
        var pairWeights = [Double]()
        var fineToPair = [Int](repeating: -1, count: owner.count)
        var flipped = [Bool](repeating: false, count: owner.count)
        for f in owner.indices {
            let a = coarseCell[owner[f]]
            let b = coarseCell[neighbour[f]]
            guard a != b else { continue }
            let key = min(a, b) * nCoarse + max(a, b)
            let index =
                pairIndex[key]
                ?? {
                    pairs.append((min(a, b), max(a, b)))
                    pairWeights.append(0)
                    pairIndex[key] = pairs.count - 1
                    return pairs.count - 1
                }()
            fineToPair[f] = index
            flipped[f] = a > b
            pairWeights[index] += weights[f]
        }
        let order = pairs.indices.sorted { pairs[$0] < pairs[$1] }
        var position = [Int](repeating: 0, count: pairs.count)
        for (k, p) in order.enumerated() { position[p] = k }
        let coarseOwner = order.map { pairs[$0].0 }
        let coarseNeighbour = order.map { pairs[$0].1 }
        let level = MultigridLevel(
            nCells: nCoarse, owner: coarseOwner, neighbour: coarseNeighbour,
            addressing: LDUAddressing(
                nCells: nCoarse, owner: coarseOwner[...], neighbour: coarseNeighbour),
            coarseCell: coarseCell,
            coarseFace: fineToPair.map { $0 < 0 ? -1 : position[$0] }, flipped: flipped)
        return (level, order.map { pairWeights[$0] })
    }

    /// Relative difference below which two coupling weights count as equal: well above the
    /// round-off of weights computed from coordinates with 11 significant digits.
    static let tieTolerance = 1e-6

    /// Whether a face of weight `weight` to cell `cell` couples more strongly than the best so
    /// far (`bestWeight` to `bestCell`, −1 for none): a larger weight beyond `tieTolerance`,
    /// or an equal one to a lower-numbered cell.
    static func isStronger(_ weight: Double, _ cell: Int, than bestWeight: Double, _ bestCell: Int)
        -> Bool
    {
        guard bestCell >= 0 else { return true }
        let scale = tieTolerance * max(abs(weight), abs(bestWeight))
        if weight > bestWeight + scale { return true }
        if weight < bestWeight - scale { return false }
        return cell < bestCell
    }

    /// The level that agglomerates as `first` then `second` in one step (`second` built on
    /// `first`'s coarse cells and faces): pairwise agglomeration applied twice gives
    /// agglomerates of about four cells (Notay 2010, double pairwise aggregation).
    static func merging(_ first: MultigridLevel, then second: MultigridLevel) -> MultigridLevel {
        MultigridLevel(
            nCells: second.nCells, owner: second.owner, neighbour: second.neighbour,
            addressing: second.addressing,
            coarseCell: first.coarseCell.map { second.coarseCell[$0] },
            coarseFace: first.coarseFace.map { $0 < 0 ? -1 : second.coarseFace[$0] },
            flipped: first.coarseFace.indices.map {
                first.coarseFace[$0] >= 0
                    && first.flipped[$0] != second.flipped[first.coarseFace[$0]]
            })
    }
}
