import FiniteVolume
import Foundation

/// Writes an `FVMatrix` as Matrix Market files (NIST's exchange format, read by hypre's
/// benchmark here, SciPy and most sparse tools): `coordinate real general`, 1-based rows and
/// columns, diagonal then owner-row (upper) then neighbour-row (lower) entries; the
/// right-hand side as `array real general` (one column).
public enum MatrixMarketWriter {
    /// Writes A to `matrixPath` and b to `sourcePath`, 17 significant digits (exact doubles).
    public static func write(
        _ matrix: FVMatrix, on mesh: Mesh, matrixPath: String, sourcePath: String
    ) throws {
        let n = mesh.nCells
        let faces = mesh.nInternalFaces
        var text = "%%MatrixMarket matrix coordinate real general\n"
        text += "\(n) \(n) \(n + 2 * faces)\n"
        for c in 0..<n { text += "\(c + 1) \(c + 1) \(format(matrix.diag[c]))\n" }
        for f in 0..<faces {
            let o = mesh.owner[f] + 1
            let p = mesh.neighbour[f] + 1
            text += "\(o) \(p) \(format(matrix.upper[f]))\n\(p) \(o) \(format(matrix.lower[f]))\n"
        }
        try text.write(toFile: matrixPath, atomically: true, encoding: .utf8)
        var source = "%%MatrixMarket matrix array real general\n\(n) 1\n"
        for c in 0..<n { source += format(matrix.source[c]) + "\n" }
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
    }

    static func format(_ value: Double) -> String { String(format: "%.17g", value) }
}
