import FiniteVolume
import Foundation

extension SteadyFlowSolver {
    /// The solution as a VTK XML unstructured grid (`.vtu`, ASCII) that ParaView reads:
    /// points with z = 0, one VTK_QUAD (9) or VTK_POLYGON (7) per cell, cell data `pressure`
    /// (Pa), `velocity` (m/s, 3 components, w = 0) and `temperature` (K) when energy is on.
    public func vtkUnstructuredGrid() -> String {
        let loops = mesh.cellPoints()
        var xml = """
            <?xml version="1.0"?>
            <VTKFile type="UnstructuredGrid" version="1.0" byte_order="LittleEndian">
              <UnstructuredGrid>
                <Piece NumberOfPoints="\(mesh.points.count)" NumberOfCells="\(mesh.nCells)">
                  <Points>
                    <DataArray type="Float64" NumberOfComponents="3" format="ascii">

            """
        for p in mesh.points { xml += "\(p.x) \(p.y) 0\n" }
        xml += """
                    </DataArray>
                  </Points>
                  <Cells>
                    <DataArray type="Int64" Name="connectivity" format="ascii">

            """
        for loop in loops { xml += loop.map(String.init).joined(separator: " ") + "\n" }
        xml += """
                    </DataArray>
                    <DataArray type="Int64" Name="offsets" format="ascii">

            """
        var offset = 0
        for loop in loops {
            offset += loop.count
            xml += "\(offset)\n"
        }
        xml += """
                    </DataArray>
                    <DataArray type="UInt8" Name="types" format="ascii">

            """
        for loop in loops { xml += loop.count == 4 ? "9\n" : "7\n" }
        xml += """
                    </DataArray>
                  </Cells>
                  <CellData Scalars="pressure" Vectors="velocity">

            """
        xml += dataArray("pressure", pressure.values.map { "\($0)" })
        xml += dataArray(
            "velocity", zip(xVelocity.values, yVelocity.values).map { "\($0) \($1) 0" },
            components: 3)
        if setup.energyEnabled {
            xml += dataArray("temperature", temperature.values.map { "\($0)" })
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

    private func dataArray(_ name: String, _ rows: [String], components: Int = 1) -> String {
        "        <DataArray type=\"Float64\" Name=\"\(name)\" NumberOfComponents=\"\(components)\""
            + " format=\"ascii\">\n" + rows.joined(separator: "\n")
            + "\n        </DataArray>\n"
    }
}
