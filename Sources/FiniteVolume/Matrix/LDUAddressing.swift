/// Row access to an LDU matrix (OpenFOAM `lduAddressing`): which faces touch each cell.
///
/// Upper-triangular face order makes the faces a cell owns contiguous; the faces where it is
/// the neighbour are listed through `losort` (faces sorted by neighbour).
public struct LDUAddressing: Sendable {
    /// (nCells + 1) faces `ownerStart[c] ..< ownerStart[c + 1]` have owner c.
    public let ownerStart: [Int]
    /// (nInternalFaces) internal faces sorted by neighbour, then owner.
    public let losort: [Int]
    /// (nCells + 1) `losort[losortStart[c] ..< losortStart[c + 1]]` are the faces with neighbour c.
    public let losortStart: [Int]
    /// (nCells + 1) compressed-row view of the off-diagonal entries: row c holds entries
    /// `rowStart[c] ..< rowStart[c + 1]`, lower-triangle columns first, each row sorted by column.
    public let rowStart: [Int]
    /// (2·nInternalFaces) column (cell) of each compressed-row entry.
    public let column: [Int]
    /// (2·nInternalFaces) face of each entry.
    public let entryFace: [Int]
    /// (2·nInternalFaces) true when the entry's coefficient is `upper[face]` (row is the
    /// owner), false for `lower[face]` (row is the neighbour).
    public let entryIsUpper: [Bool]

    /// Addressing for cells `0 ..< nCells` and internal faces with the given owner/neighbour.
    public init(nCells: Int, owner: ArraySlice<Int>, neighbour: [Int]) {
        var ownerStart = [Int](repeating: 0, count: nCells + 1)
        for f in neighbour.indices { ownerStart[owner[owner.startIndex + f] + 1] += 1 }
        var losortStart = [Int](repeating: 0, count: nCells + 1)
        for n in neighbour { losortStart[n + 1] += 1 }
        for c in 0..<nCells {
            ownerStart[c + 1] += ownerStart[c]
            losortStart[c + 1] += losortStart[c]
        }
        var fill = losortStart
        var losort = [Int](repeating: 0, count: neighbour.count)
        for f in neighbour.indices {
            losort[fill[neighbour[f]]] = f
            fill[neighbour[f]] += 1
        }
        self.ownerStart = ownerStart
        self.losort = losort
        self.losortStart = losortStart
        var rowStart = [0]
        var column = [Int]()
        var entryFace = [Int]()
        var entryIsUpper = [Bool]()
        for c in 0..<nCells {
            for k in losortStart[c]..<losortStart[c + 1] {
                column.append(owner[owner.startIndex + losort[k]])
                entryFace.append(losort[k])
                entryIsUpper.append(false)
            }
            for f in ownerStart[c]..<ownerStart[c + 1] {
                column.append(neighbour[f])
                entryFace.append(f)
                entryIsUpper.append(true)
            }
            rowStart.append(column.count)
        }
        self.rowStart = rowStart
        self.column = column
        self.entryFace = entryFace
        self.entryIsUpper = entryIsUpper
    }
}
