import FiniteVolume

/// Writes a mesh description as a Fluent mesh file, in text or in the binary single (20xx) or
/// double (30xx) precision sections, for round trips through `FluentMeshReader`. Faces are
/// written in the description's order: runs of internal faces become `interior` zones, runs of
/// one boundary zone that zone's section; every face section is mixed (a node count per face).
struct FluentTestFile {
    /// How the sections' bodies are written.
    enum Form { case text, single, double }

    /// The description to write.
    var mesh: MeshDescription

    /// The file's bytes.
    func bytes(_ form: Form) -> [UInt8] {
        var out: [UInt8] = []
        func text(_ s: String) { out.append(contentsOf: Array(s.utf8)) }
        func hex(_ n: Int) -> String { String(n, radix: 16) }
        func int32(_ n: Int) {
            withUnsafeBytes(of: Int32(n).littleEndian) { out.append(contentsOf: $0) }
        }
        let prefix = form == .text ? "" : (form == .single ? "20" : "30")
        func index(_ i: Int) -> String { prefix.isEmpty ? "\(i)" : prefix + String(i).leftPadded() }
        func close(_ i: Int) {
            text(form == .text ? "))\n" : ")End of Binary Section \(index(i)))\n")
        }
        let nd = mesh.dimension
        text("(0 \"written by FluentTestFile\")\n(2 \(nd))\n")
        text("(10 (0 1 \(hex(mesh.points.count)) 0 \(nd)))\n")
        text("(12 (0 1 \(hex(mesh.nCells)) 0 0))\n")
        text("(13 (0 1 \(hex(mesh.faces.count)) 0 0))\n")
        text("(\(index(10)) (1 1 \(hex(mesh.points.count)) 1 \(nd))(")
        for p in mesh.points {
            for k in 0..<nd {
                switch form {
                case .text: text(" \(p[k])")
                case .single:
                    withUnsafeBytes(of: Float(p[k]).bitPattern.littleEndian) {
                        out.append(contentsOf: $0)
                    }
                case .double:
                    withUnsafeBytes(of: p[k].bitPattern.littleEndian) { out.append(contentsOf: $0) }
                }
            }
        }
        close(10)
        var start = 0
        var zoneId = 3
        var names: [String] = []
        while start < mesh.faces.count {
            var end = start
            while end < mesh.faces.count, mesh.faceZone[end] == mesh.faceZone[start] { end += 1 }
            let zone = mesh.faceZone[start]
            let type = zone < 0 ? "interior" : (mesh.zones[zone].type ?? "wall")
            let name = zone < 0 ? "interior-\(zoneId)" : mesh.zones[zone].name
            names.append("(45 (\(zoneId) \(type) \(name))())\n")
            text(
                "(\(index(13)) (\(hex(zoneId)) \(hex(start + 1)) \(hex(end)) "
                    + "\(zone < 0 ? 2 : 3) 0)("
            )
            for f in start..<end {
                let values =
                    [mesh.faces[f].count] + mesh.faces[f].map { $0 + 1 }
                    + [mesh.owner[f] + 1, mesh.neighbour[f] + 1]
                for v in values {
                    if form == .text { text(" \(hex(v))") } else { int32(v) }
                }
                if form == .text { text("\n") }
            }
            close(13)
            zoneId += 1
            start = end
        }
        text("(\(index(12)) (2 1 \(hex(mesh.nCells)) 1 0)(")
        for _ in 0..<mesh.nCells {
            if form == .text { text(" 7") } else { int32(7) }
        }
        close(12)
        text("(45 (2 fluid fluid)())\n")
        for line in names { text(line) }
        return out
    }
}

extension String {
    /// Two-digit section numbers as Fluent writes them after 20/30 (10 → "10").
    fileprivate func leftPadded() -> String { count < 2 ? "0" + self : self }
}
