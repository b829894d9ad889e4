import Foundation

/// A mesh refused before it is built because the machine cannot hold its solution:
/// `the mesh would have 10000000000 cells, needing about 14.3 TiB; 23.2 GiB are available
/// (MemAvailable): use fewer cells`.
public struct MeshTooLarge: Error, CustomStringConvertible, Equatable, Sendable {
    /// The mesh's cell count; nil when it does not even fit a 64-bit integer.
    public var cells: Int?
    /// What the machine has; nil when unknown.
    public var memory: MachineMemory?

    /// A refusal of a mesh of `cells` cells on a machine with `memory`.
    public init(cells: Int?, memory: MachineMemory?) {
        self.cells = cells
        self.memory = memory
    }

    /// The one-line message.
    public var description: String {
        guard let cells else {
            return "the mesh would have more cells than a 64-bit count holds: use fewer cells"
        }
        let needed = MeshSpecification.estimatedBytes(cells: cells).map(Self.format) ?? "more"
        let available =
            memory.map { "\(Self.format($0.availableBytes)) are available (\($0.source))" }
            ?? "the available memory is unknown"
        return "the mesh would have \(cells) cells, needing about \(needed) of memory; "
            + "\(available): use fewer cells"
    }

    /// `512 MiB`, `14.3 GiB`: binary units, three significant figures.
    static func format(_ bytes: Int) -> String {
        var value = Double(bytes)
        for unit in ["bytes", "KiB", "MiB", "GiB", "TiB"] {
            if value < 1024 || unit == "TiB" {
                return unit == "bytes"
                    ? "\(bytes) bytes" : String(format: "%.3g", value) + " " + unit
            }
            value /= 1024
        }
        return "\(bytes) bytes"
    }
}
