import Foundation

/// How much memory the mesh a specification describes will need, checked before it is built:
/// a mesh too large for the machine is refused in one line instead of ending the process when
/// an allocation fails.
extension MeshSpecification {
    /// Peak resident bytes per cell of a solution (mesh, fields, matrices, linear-solver work
    /// arrays), measured as the maximum resident set of `courant run` on the lid-driven cavity
    /// (3 iterations, release build; `/usr/bin/time -f %M`) at 129², 257², 513² and 1025² cells:
    /// 1.11, 1.10 and 1.11 kB per added cell between successive sizes, and the same with the
    /// energy equation (heated cavity, 257² → 513²: 1.12 kB). Kept with a 40 % margin.
    public static let bytesPerCell = 1_536
    /// Resident bytes of a run before its mesh: program, libraries, the surrogate model (the
    /// 65² cavity peaks at 28 MiB).
    public static let baseBytes = 32 << 20

    /// Cells of the mesh file, or of the generated mesh (fluid blocks only); nil when the count
    /// does not fit an `Int`. The lists must be consistent (`blockLayout()` checks them).
    public var cellCount: Int? {
        if let file { return file.imported.nCells }
        var total = 0
        for (row, rowCells) in cellsY.enumerated() {
            for (column, columnCells) in cellsX.enumerated()
            where !solidBlocks.contains(BlockIndex(column: column, row: row)) {
                let (block, overflowA) = rowCells.multipliedReportingOverflow(by: columnCells)
                let (sum, overflowB) = total.addingReportingOverflow(block)
                guard !overflowA, !overflowB else { return nil }
                total = sum
            }
        }
        return total
    }

    /// The peak bytes a solution on `cells` cells is estimated to need: `baseBytes +
    /// bytesPerCell × cells`; nil past `Int.max`.
    public static func estimatedBytes(cells: Int) -> Int? {
        let (perCell, overflowA) = cells.multipliedReportingOverflow(by: bytesPerCell)
        let (total, overflowB) = perCell.addingReportingOverflow(baseBytes)
        return overflowA || overflowB ? nil : total
    }

    /// Throws `MeshTooLarge` when the estimate for this mesh exceeds `memory` (nil: unknown,
    /// nothing is refused).
    public func checkMemory(_ memory: MachineMemory?) throws {
        guard let cells = cellCount else { throw MeshTooLarge(cells: nil, memory: memory) }
        guard let memory else { return }
        guard let needed = Self.estimatedBytes(cells: cells), needed <= memory.availableBytes
        else { throw MeshTooLarge(cells: cells, memory: memory) }
    }
}
