import FiniteVolume

/// Reads the sections of a Gmsh `.msh` file (versions 2.2 and 4.1, ASCII or binary) into
/// `GmshContent`. Sections other than `$MeshFormat`, `$PhysicalNames`, `$Entities`, `$Nodes`
/// and `$Elements` are skipped to their `$End` line. Binary files are read in the byte order
/// their endianness word (the integer 1 after the format line) shows.
struct GmshParser {
    /// The cursor over the file.
    var scanner: ByteScanner
    /// 2 for MSH 2.2, 4 for MSH 4.1 (0 until `$MeshFormat` is read).
    var version = 0
    /// Whether the data sections are binary.
    var isBinary = false
    /// Bytes of Gmsh's `size_t` in a 4.1 binary file (the format line's data size).
    var sizeT = 8
    /// Physical tags of each geometric entity, (dimension, entity tag) → tags (4.1 `$Entities`).
    var entityPhysicals: [PhysicalGroup: [Int]] = [:]
    /// What has been read so far.
    var content = GmshContent()
    /// Whether `$Nodes` has been read (elements refer to it).
    var sawNodes = false

    /// A parser at the start of `bytes`.
    init(bytes: [UInt8], fileName: String) {
        scanner = ByteScanner(bytes: bytes, fileName: fileName)
    }

    /// Reads the whole file.
    mutating func parse() throws(MeshImportError) -> GmshContent {
        try scanner.refuseContainers()
        var sawElements = false
        while scanner.peekAfterSpace() != nil {
            let start = scanner.offset
            let name = try scanner.word("a section name")
            guard name.hasPrefix("$") else {
                throw scanner.failure(
                    "expected a section such as $Nodes, found '\(name)'", at: start)
            }
            guard version > 0 || name == "$MeshFormat" else {
                throw scanner.failure("not a Gmsh mesh file: it does not start with $MeshFormat")
            }
            switch name {
            case "$MeshFormat": try readFormat()
            case "$PhysicalNames": try readPhysicalNames()
            case "$Entities" where version == 4: try readEntities()
            case "$Nodes":
                try version == 4 ? readNodesVersion4() : readNodesVersion2()
                sawNodes = true
            case "$Elements":
                guard sawNodes else { throw scanner.failure("$Elements comes before $Nodes") }
                try version == 4 ? readElementsVersion4() : readElementsVersion2()
                sawElements = true
            case "$PartitionedEntities":
                throw scanner.failure(
                    "partitioned meshes are not supported: save the mesh unpartitioned", at: start)
            default:
                let end = Array(("$End" + name.dropFirst()).utf8)
                guard scanner.skip(past: end) else {
                    throw scanner.failure(
                        "section \(name) has no $End\(name.dropFirst()) (truncated?)")
                }
                continue
            }
            try scanner.expect("$End" + name.dropFirst())
        }
        guard version > 0 else { throw scanner.failure("empty file: no $MeshFormat") }
        guard sawElements else { throw scanner.failure("no $Elements section (truncated?)") }
        return content
    }

    /// `$MeshFormat`: version, file type (0 ASCII, 1 binary), data size, and for binary files
    /// the endianness word.
    private mutating func readFormat() throws(MeshImportError) {
        let start = scanner.offset
        let versionText = try scanner.word("the format version")
        switch versionText {
        case "2.2": version = 2
        case "4.1": version = 4
        default:
            throw scanner.failure(
                "MSH format version \(versionText) is not supported: save as 2.2 or 4.1 "
                    + "(gmsh -format msh22 or msh41)", at: start)
        }
        let fileType = try scanner.decimal("the file type")
        guard fileType == 0 || fileType == 1 else {
            throw scanner.failure("file type \(fileType) is neither 0 (ASCII) nor 1 (binary)")
        }
        isBinary = fileType == 1
        let dataSize = try scanner.decimal("the data size")
        guard dataSize == 8 || (version == 4 && dataSize == 4) else {
            throw scanner.failure("data size \(dataSize) is not supported (8 expected)")
        }
        sizeT = dataSize
        guard isBinary else { return }
        try skipLineEnd()
        scanner.binarySection = "$MeshFormat"
        let one = try scanner.int32("the endianness word")
        if one != 1 {
            scanner.swapsBytes = true
            scanner.offset -= 4
            guard try scanner.int32("the endianness word") == 1 else {
                throw scanner.failure("the endianness word is neither 1 nor 1 byte-swapped")
            }
        }
        scanner.binarySection = nil
    }

    /// The offset of the next value: past white space in text, where the next byte is in binary
    /// data (which may hold bytes that look like white space).
    mutating func position() -> Int {
        if scanner.binarySection == nil { scanner.skipSpace() }
        return scanner.offset
    }

    /// An `int`: text, or 4 binary bytes.
    mutating func int(_ what: String) throws(MeshImportError) -> Int {
        isBinary ? try scanner.int32(what) : try scanner.decimal(what)
    }

    /// Moves past the end of the current text line, where binary data starts.
    mutating func skipLineEnd() throws(MeshImportError) {
        while !scanner.isAtEnd, scanner.bytes[scanner.offset] != 0x0A { scanner.offset += 1 }
        guard !scanner.isAtEnd else { throw scanner.failure("file ends before binary data") }
        scanner.offset += 1
    }

    /// `$PhysicalNames` (text in every variant): dimension, tag and quoted name of each group.
    private mutating func readPhysicalNames() throws(MeshImportError) {
        let count = try scanner.decimal("the number of physical names")
        try scanner.requireRoom(for: count, bytesEach: 7, of: "physical names")
        for _ in 0..<count {
            let dimension = try scanner.decimal("a physical group's dimension")
            let tag = try scanner.decimal("a physical group's tag")
            let name = try quotedName()
            content.physicalNames[PhysicalGroup(dimension: dimension, tag: tag)] = name
        }
    }

    /// A name between double quotes on one line, which must be UTF-8.
    private mutating func quotedName() throws(MeshImportError) -> String {
        try scanner.expect("\"")
        let start = scanner.offset
        while !scanner.isAtEnd, scanner.bytes[scanner.offset] != UInt8(ascii: "\""),
            scanner.bytes[scanner.offset] != 0x0A
        {
            scanner.offset += 1
        }
        guard !scanner.isAtEnd, scanner.bytes[scanner.offset] == UInt8(ascii: "\"") else {
            throw scanner.failure("physical name has no closing quote", at: start)
        }
        let bytes = scanner.bytes[start..<scanner.offset]
        scanner.offset += 1
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw scanner.failure("physical name is not valid UTF-8", at: start)
        }
        return name
    }

    /// Records node `tag` at `position` (for the message if the tag repeats).
    mutating func addNode(tag: Int, _ point: Vector3, at position: Int) throws(MeshImportError) {
        guard content.nodeIndex.insert(tag: tag, index: content.coordinates.count) else {
            throw scanner.failure("node \(tag) is defined twice", at: position)
        }
        content.coordinates.append(point)
    }

    /// The element type numbered `code`, or a one-line error naming it.
    func elementType(
        _ code: Int, element: String, at position: Int
    ) throws(MeshImportError) -> GmshElementType {
        let (type, name) = GmshElementType.named(code)
        guard let type else {
            throw scanner.failure(
                "\(element) has element type \(code) (\(name)): only first-order points, lines, "
                    + "triangles, quadrangles, tetrahedra, hexahedra, prisms and pyramids are read",
                at: position)
        }
        return type
    }

    /// Appends an element whose node tags are resolved already.
    mutating func addElement(
        _ type: GmshElementType, tag: Int, physical: Int, nodes: [Int]
    ) {
        guard type != .point else { return }
        content.elementTypes.append(type)
        content.elementTags.append(tag)
        content.elementPhysical.append(physical)
        content.elementNodes.append(contentsOf: nodes)
        content.elementNodeStart.append(content.elementNodes.count)
    }

    /// The index of node `tag`, or an error naming the element that uses it.
    func node(_ tag: Int, of element: Int, at position: Int) throws(MeshImportError) -> Int {
        guard let index = content.nodeIndex.index(of: tag) else {
            throw scanner.failure(
                "element \(element) uses node \(tag), which $Nodes does not define", at: position)
        }
        return index
    }
}
