import FiniteVolume
import Foundation

extension SteadyFlowSolver {
    /// The solution as a VTK XML unstructured grid (`.vtu`, ASCII) that ParaView reads.
    ///
    /// A plane mesh is written as it lies (points with z = 0, one VTK_QUAD (9) or VTK_POLYGON (7)
    /// per cell, its points counter-clockwise); a volume mesh as one VTK_POLYHEDRON (42) per
    /// cell whatever its shape, with the `faces` and `faceoffsets` arrays listing each cell's
    /// faces, points ordered so the face normal points out of the cell. Cell data: `pressure`
    /// (Pa), `velocity` (m/s, 3 components, w = 0 in 2-D) and `temperature` (K) when energy is on.
    public func vtkUnstructuredGrid() -> String {
        let threeD = mesh.dimension == 3
        var connectivity = [String]()
        var offsets = [String]()
        var types = [String]()
        var faces = [String]()
        var faceOffsets = [String]()
        connectivity.reserveCapacity(mesh.nCells)
        var offset = 0
        var faceOffset = 0
        let polygons = threeD ? [] : mesh.cellPoints()
        for c in 0..<mesh.nCells {
            let loop = threeD ? mesh.points(ofCell: c) : polygons[c]
            connectivity.append(loop.map(String.init).joined(separator: " "))
            offset += loop.count
            offsets.append(String(offset))
            guard threeD else {
                types.append(loop.count == 4 ? "9" : "7")
                continue
            }
            types.append("42")
            var entry = [String(mesh.faces(ofCell: c).count)]
            for f in mesh.faces(ofCell: c) {
                let points = mesh.points(ofFace: f)
                let outward = mesh.owner[f] == c ? Array(points) : points.reversed()
                entry.append(String(outward.count))
                entry += outward.map(String.init)
            }
            faceOffset += entry.count
            faces.append(entry.joined(separator: " "))
            faceOffsets.append(String(faceOffset))
        }
        var xml = """
            <?xml version="1.0"?>
            <VTKFile type="UnstructuredGrid" version="1.0" byte_order="LittleEndian">
              <UnstructuredGrid>
                <Piece NumberOfPoints="\(mesh.points.count)" NumberOfCells="\(mesh.nCells)">
                  <Points>

            """
        xml += dataArray(
            nil, type: "Float64", mesh.points.map { "\($0.x) \($0.y) \($0.z)" }, components: 3)
        xml += """
                  </Points>
                  <Cells>

            """
        xml += dataArray("connectivity", type: "Int64", connectivity)
        xml += dataArray("offsets", type: "Int64", offsets)
        xml += dataArray("types", type: "UInt8", types)
        if threeD {
            xml += dataArray("faces", type: "Int64", faces)
            xml += dataArray("faceoffsets", type: "Int64", faceOffsets)
        }
        xml += """
                  </Cells>
                  <CellData Scalars="pressure" Vectors="velocity">

            """
        xml += dataArray("pressure", type: "Float64", pressure.values.map { "\($0)" })
        xml += dataArray(
            "velocity", type: "Float64",
            (0..<mesh.nCells).map { c in
                (0..<3).map { $0 < velocity.count ? "\(velocity[$0].values[c])" : "0" }
                    .joined(separator: " ")
            },
            components: 3)
        if setup.energyEnabled {
            xml += dataArray("temperature", type: "Float64", temperature.values.map { "\($0)" })
        }
        xml += """
                  </CellData>
                </Piece>
              </UnstructuredGrid>
            </VTKFile>

            """
        return xml
    }

    /// Writes `vtkUnstructuredGrid()` to `path` (conventionally ending in `.vtu`).
    public func writeVTK(to path: String) throws {
        try vtkUnstructuredGrid().write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func dataArray(
        _ name: String?, type: String, _ rows: [String], components: Int = 1
    ) -> String {
        let nameAttribute = name.map { " Name=\"\($0)\"" } ?? ""
        return "        <DataArray type=\"\(type)\"\(nameAttribute) NumberOfComponents="
            + "\"\(components)\" format=\"ascii\">\n" + rows.joined(separator: "\n")
            + "\n        </DataArray>\n"
    }
}
