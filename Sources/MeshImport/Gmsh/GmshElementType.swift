/// The first-order Gmsh element types a finite-volume mesh is made of, with Gmsh's node
/// ordering and each type's faces as local node lists in order around the face (Gmsh reference
/// manual, "Node ordering"). Orientation is left to `Mesh(description:)`.
enum GmshElementType: Int, Sendable {
    /// 2-node line: a boundary face in 2-D.
    case line = 1
    /// 3-node triangle: a cell in 2-D, a boundary face in 3-D.
    case triangle = 2
    /// 4-node quadrangle (nodes in order around it).
    case quadrangle = 3
    /// 4-node tetrahedron.
    case tetrahedron = 4
    /// 8-node hexahedron: nodes 0-3 one quadrangle, 4-7 the opposite one, 4+i joined to i.
    case hexahedron = 5
    /// 6-node prism: triangles 0-1-2 and 3-4-5, 3+i joined to i.
    case prism = 6
    /// 5-node pyramid: base quadrangle 0-1-2-3, apex 4.
    case pyramid = 7
    /// 1-node point (geometry vertices in physical groups); read and ignored.
    case point = 15

    /// The Gmsh type number `code`, or nil with Gmsh's name for a type that is not read.
    static func named(_ code: Int) -> (type: GmshElementType?, name: String) {
        if let type = GmshElementType(rawValue: code) { return (type, type.name) }
        let names: [Int: String] = [
            8: "3-node second-order line", 9: "6-node second-order triangle",
            10: "9-node second-order quadrangle", 11: "10-node second-order tetrahedron",
            12: "27-node second-order hexahedron", 13: "18-node second-order prism",
            14: "14-node second-order pyramid", 16: "8-node second-order quadrangle",
            17: "20-node second-order hexahedron", 18: "15-node second-order prism",
            19: "13-node second-order pyramid", 20: "9-node third-order triangle",
            21: "10-node third-order triangle", 26: "4-node third-order line",
            29: "20-node third-order tetrahedron", 92: "64-node third-order hexahedron",
        ]
        return (nil, names[code] ?? "unknown")
    }

    /// Gmsh's name for the type.
    var name: String {
        switch self {
        case .line: "2-node line"
        case .triangle: "3-node triangle"
        case .quadrangle: "4-node quadrangle"
        case .tetrahedron: "4-node tetrahedron"
        case .hexahedron: "8-node hexahedron"
        case .prism: "6-node prism"
        case .pyramid: "5-node pyramid"
        case .point: "1-node point"
        }
    }

    /// Number of nodes.
    var nodeCount: Int {
        switch self {
        case .point: 1
        case .line: 2
        case .triangle: 3
        case .quadrangle, .tetrahedron: 4
        case .pyramid: 5
        case .prism: 6
        case .hexahedron: 8
        }
    }

    /// Topological dimension: 0 points, 1 lines, 2 surfaces, 3 volumes.
    var dimension: Int {
        switch self {
        case .point: 0
        case .line: 1
        case .triangle, .quadrangle: 2
        case .tetrahedron, .hexahedron, .prism, .pyramid: 3
        }
    }

    /// The element's faces as cells see them (edges in 2-D), local node lists in order around
    /// each face. Tables are built once: this is read for every cell.
    var faces: [[Int]] {
        switch self {
        case .point, .line: []
        case .triangle: Self.triangleFaces
        case .quadrangle: Self.quadrangleFaces
        case .tetrahedron: Self.tetrahedronFaces
        case .hexahedron: Self.hexahedronFaces
        case .prism: Self.prismFaces
        case .pyramid: Self.pyramidFaces
        }
    }

    private static let triangleFaces = [[0, 1], [1, 2], [2, 0]]
    private static let quadrangleFaces = [[0, 1], [1, 2], [2, 3], [3, 0]]
    private static let tetrahedronFaces = [[0, 2, 1], [0, 1, 3], [0, 3, 2], [1, 2, 3]]
    private static let hexahedronFaces = [
        [0, 3, 2, 1], [0, 1, 5, 4], [0, 4, 7, 3], [1, 2, 6, 5], [2, 3, 7, 6], [4, 5, 6, 7],
    ]
    private static let prismFaces = [
        [0, 2, 1], [3, 4, 5], [0, 1, 4, 3], [0, 3, 5, 2], [1, 2, 5, 4],
    ]
    private static let pyramidFaces = [
        [0, 3, 2, 1], [0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4],
    ]
}
