import FiniteVolume

/// Reads the sections of a Fluent mesh or case file (Fluent User's Guide, appendix "Mesh File
/// Format"): `(index (header…)(body…))`, the index decimal, header fields and ASCII indices
/// hexadecimal. Index 2xxx sections hold the body in binary with single-precision reals, 3xxx
/// with double precision (integers are 32-bit in both), closed by `End of Binary Section xxxx)`.
/// Read: 0/1 (comments), 2 (dimension), 10 (nodes), 12 (cells), 13 (faces), 39/45 (zone names);
/// 18 (periodic shadow faces) and 58/59 (hanging-node trees) are refused; others are skipped.
struct FluentMeshParser {
    /// The cursor over the file.
    var scanner: ByteScanner
    /// What has been read so far.
    var content = FluentContent()

    /// A parser at the start of `bytes`.
    init(bytes: [UInt8], fileName: String) {
        scanner = ByteScanner(bytes: bytes, fileName: fileName)
    }

    /// Reads the whole file.
    mutating func parse() throws(MeshImportError) -> FluentContent {
        try scanner.refuseContainers()
        while let byte = scanner.peekAfterSpace() {
            guard byte == UInt8(ascii: "(") else {
                let found = ByteScanner.shown(scanner.bytes[scanner.offset...])
                throw scanner.failure("expected '(' starting a section, found '\(found)'")
            }
            let start = scanner.offset
            scanner.offset += 1
            let index = try scanner.decimal("a section index")
            let binary = index >= 2000
            let precision = index / 1000 == 2 ? 4 : 8
            switch index {
            case 2:
                content.dimension = try scanner.decimal("the dimension")
                guard content.dimension == 2 || content.dimension == 3 else {
                    throw scanner.failure("dimension \(content.dimension ?? 0) is neither 2 nor 3")
                }
            case 10, 2010, 3010:
                try readNodes(binary ? precision : 0, section: index, start: start)
            case 12, 2012, 3012: try readCells(binary: binary, section: index)
            case 13, 2013, 3013: try readFaces(binary: binary, section: index, start: start)
            case 39, 45: try readZoneName()
            case 18, 2018, 3018:
                throw scanner.failure(
                    "periodic shadow faces (section \(index)) are not supported: Courant has no "
                        + "periodic boundaries", at: start)
            case 58, 59, 2058, 2059, 3058, 3059:
                throw scanner.failure(
                    "hanging-node \(index % 100 == 58 ? "cell" : "face") trees (section \(index)) "
                        + "are not supported: write the mesh without adaption", at: start)
            default:
                if index >= 1000 {
                    try skipBinary(section: index, start: start)
                } else {
                    scanner.offset = start
                    try skipList(index, start: start)
                }
                continue
            }
            try closeSection(index, start: start)
        }
        return content
    }

    /// The fields of a header list `(a b c …)`, hexadecimal.
    private mutating func header(_ section: Int) throws(MeshImportError) -> [Int] {
        try scanner.expect("(")
        var fields: [Int] = []
        while try peek() != UInt8(ascii: ")") {
            guard fields.count < 8 else {
                throw scanner.failure("section \(section)'s header has too many fields")
            }
            fields.append(try scanner.hexadecimal("a header field of section \(section)"))
        }
        scanner.offset += 1
        return fields
    }

    /// The next byte after white space; fails at the end of the file.
    private mutating func peek() throws(MeshImportError) -> UInt8 {
        guard let byte = scanner.peekAfterSpace() else {
            throw scanner.failure("file ends inside a section (truncated?)")
        }
        return byte
    }

    /// Moves past the rest of a section: further lists (skipped), the binary trailer
    /// `End of Binary Section nnnn`, and the closing parenthesis.
    private mutating func closeSection(_ index: Int, start: Int) throws(MeshImportError) {
        scanner.binarySection = nil
        while true {
            guard let byte = scanner.peekAfterSpace() else {
                throw scanner.failure(
                    "section \(index) that starts here is not closed (truncated?)", at: start)
            }
            if byte == UInt8(ascii: ")") {
                scanner.offset += 1
                return
            }
            if byte == UInt8(ascii: "E") {
                try scanner.expect("End of Binary Section")
                _ = try scanner.decimal("the binary section's index")
                continue
            }
            guard byte == UInt8(ascii: "(") else {
                let found = ByteScanner.shown(scanner.bytes[scanner.offset...].prefix(1))
                throw scanner.failure("unexpected '\(found)' in section \(index)")
            }
            try skipList(index, start: start)
        }
    }

    /// Skips a balanced parenthesised list of text starting at the current '(' (strings in
    /// double quotes may hold parentheses).
    private mutating func skipList(_ index: Int, start: Int) throws(MeshImportError) {
        var depth = 0
        let bytes = scanner.bytes
        var i = scanner.offset
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    scanner.offset = i + 1
                    return
                }
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                }
            default: break
            }
            i += 1
        }
        throw scanner.failure(
            "section \(index) that starts here is not closed (truncated?)", at: start)
    }

    /// Skips a binary section the reader does not need, through its trailer.
    private mutating func skipBinary(section: Int, start: Int) throws(MeshImportError) {
        guard scanner.skip(past: Array("End of Binary Section".utf8)) else {
            throw scanner.failure(
                "binary section \(section) that starts here has no end (truncated?)", at: start)
        }
        _ = try scanner.decimal("the binary section's index")
        try scanner.expect(")")
    }

    /// Opens a section's body: '(' then, for binary sections, binary data.
    private mutating func openBody(binary: Bool, section: Int) throws(MeshImportError) {
        try scanner.expect("(")
        if binary { scanner.binarySection = "section \(section)" }
    }

    /// Closes a body: ')' after its data.
    private mutating func closeBody() throws(MeshImportError) {
        if scanner.binarySection != nil {
            guard !scanner.isAtEnd, scanner.bytes[scanner.offset] == UInt8(ascii: ")") else {
                throw scanner.failure("binary data does not end with ')' where its counts say")
            }
            scanner.offset += 1
            scanner.binarySection = nil
            return
        }
        try scanner.expect(")")
    }

    /// An index or count in a body: hexadecimal text, or a 32-bit binary integer.
    private mutating func bodyInteger(binary: Bool, _ what: String) throws(MeshImportError) -> Int {
        binary ? try scanner.int32(what) : try scanner.hexadecimal(what)
    }

    /// Node section: `(10 (zone first last type ND)(x y [z] …))`; zone 0 declares the total.
    private mutating func readNodes(
        _ realSize: Int, section: Int, start: Int
    ) throws(MeshImportError) {
        let fields = try header(section)
        guard fields.count >= 4 else {
            throw scanner.failure("node section header needs zone, first, last and type")
        }
        if fields.count >= 5 { content.nodeDimension = max(content.nodeDimension ?? 0, fields[4]) }
        if fields[0] == 0 {
            content.declaredNodes = fields[2]
            return
        }
        let nd = fields.count >= 5 ? fields[4] : (content.dimension ?? 3)
        let count = fields[2] - fields[1] + 1
        guard fields[1] >= 1, count >= 0, nd == 2 || nd == 3 else {
            throw scanner.failure(
                "node section header (first \(fields[1]), last \(fields[2]), ND \(nd)) is invalid")
        }
        var block = FluentContent.NodeBlock(first: fields[1], points: [], offset: start)
        guard try peek() == UInt8(ascii: "(") else {
            content.nodeBlocks.append(block)
            return
        }
        try openBody(binary: realSize > 0, section: section)
        try scanner.requireRoom(for: count, bytesEach: nd * max(realSize, 2), of: "nodes")
        block.points.reserveCapacity(count)
        var xyz = [0.0, 0.0, 0.0]
        for _ in 0..<count {
            for k in 0..<nd {
                switch realSize {
                case 4: xyz[k] = try scanner.float32("a node coordinate")
                case 8: xyz[k] = try scanner.float64("a node coordinate")
                default: xyz[k] = try scanner.real("a node coordinate")
                }
            }
            block.points.append(Vector3(xyz[0], xyz[1], nd == 3 ? xyz[2] : 0))
        }
        try closeBody()
        content.nodeBlocks.append(block)
    }

    /// Cell section: `(12 (zone first last type element-type)[(types…)])`; zone 0 declares the
    /// total. The cells' shapes follow from the faces, so a mixed zone's type list is checked
    /// for its length only.
    private mutating func readCells(binary: Bool, section: Int) throws(MeshImportError) {
        let fields = try header(section)
        guard fields.count >= 3 else {
            throw scanner.failure("cell section header needs zone, first and last")
        }
        if fields[0] == 0 {
            content.declaredCells = fields[2]
            return
        }
        guard fields[1] >= 1, fields[2] >= fields[1] else {
            throw scanner.failure(
                "cell zone \(fields[0]) has no cells (first \(fields[1]), last \(fields[2]))")
        }
        content.cellRanges.append(fields[1]...fields[2])
        guard fields.count >= 5, fields[4] == 0, try peek() == UInt8(ascii: "(") else { return }
        let count = fields[2] - fields[1] + 1
        try openBody(binary: binary, section: section)
        try scanner.requireRoom(for: count, bytesEach: binary ? 4 : 2, of: "cell types")
        for _ in 0..<count {
            let type = try bodyInteger(binary: binary, "a cell type")
            guard (0...7).contains(type) else {
                throw scanner.failure("cell type \(type) is unknown")
            }
        }
        try closeBody()
    }

    /// Face section: `(13 (zone first last bc-type face-type)(…))`; each face its node count
    /// (face types 0 mixed and 5 polygonal only), nodes, c0 and c1; zone 0 declares the total.
    private mutating func readFaces(
        binary: Bool, section: Int, start: Int
    ) throws(MeshImportError) {
        let fields = try header(section)
        guard fields.count >= 4 else {
            throw scanner.failure("face section header needs zone, first, last and bc-type")
        }
        if fields[0] == 0 {
            content.declaredFaces = fields[2]
            return
        }
        let faceType = fields.count >= 5 ? fields[4] : 0
        let count = fields[2] - fields[1] + 1
        guard fields[1] >= 1, count >= 0, [0, 2, 3, 4, 5].contains(faceType) else {
            throw scanner.failure(
                "face section header (first \(fields[1]), last \(fields[2]), face type "
                    + "\(faceType)) is invalid")
        }
        var zone = FluentContent.FaceZone(
            id: fields[0], first: fields[1], bcType: fields[3], offset: start)
        guard count > 0, try peek() == UInt8(ascii: "(") else {
            content.faceZones.append(zone)
            return
        }
        let fixed = faceType == 0 || faceType == 5 ? 0 : faceType
        try openBody(binary: binary, section: section)
        try scanner.requireRoom(
            for: count, bytesEach: (binary ? 4 : 2) * (fixed == 0 ? 5 : fixed + 2), of: "faces")
        zone.c0.reserveCapacity(count)
        zone.c1.reserveCapacity(count)
        zone.nodeStart.reserveCapacity(count + 1)
        for _ in 0..<count {
            var n = fixed
            if n == 0 {
                let at = scanner.offset
                n = try bodyInteger(binary: binary, "a face's node count")
                guard n >= 2, n <= 1024 else {
                    throw scanner.failure("a face with \(n) nodes", at: at)
                }
            }
            for _ in 0..<n { zone.nodes.append(try bodyInteger(binary: binary, "a face node")) }
            zone.nodeStart.append(zone.nodes.count)
            zone.c0.append(try bodyInteger(binary: binary, "a face's cell c0"))
            zone.c1.append(try bodyInteger(binary: binary, "a face's cell c1"))
        }
        try closeBody()
        content.faceZones.append(zone)
    }

    /// Zone section: `(39 (id type name …)(…))` or `(45 (id type name)())`, the id decimal.
    private mutating func readZoneName() throws(MeshImportError) {
        try scanner.expect("(")
        let id = try scanner.decimal("a zone id")
        let type = try scanner.word("a zone type")
        let nameStart = scanner.offset
        let range = try scanner.token("a zone name")
        guard let name = String(validating: scanner.bytes[range], as: UTF8.self) else {
            throw scanner.failure("zone \(id)'s name is not valid UTF-8", at: nameStart)
        }
        content.zoneNames[id] = (type, name)
        while try peek() != UInt8(ascii: ")") {
            if try peek() == UInt8(ascii: "(") {
                try skipList(39, start: nameStart)
            } else {
                _ = try scanner.token("a zone field")
            }
        }
        scanner.offset += 1
    }
}
