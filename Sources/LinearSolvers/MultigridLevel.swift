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
                if group[other] < 0 && weights[f] > bestWeight {
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
            let strongest = faces[c].max { weights[$0] < weights[$1] }
            if let f = strongest { merged[c] = group[owner[f] == c ? neighbour[f] : owner[f]] }
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
}
