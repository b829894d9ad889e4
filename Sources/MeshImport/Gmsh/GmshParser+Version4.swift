import FiniteVolume

/// MSH 4.1 `$Entities`, `$Nodes` and `$Elements`. Counts and tags are Gmsh's `size_t` (the data
/// size of the format line) in binary files, entity dimensions, tags and types `int`. Nodes and
/// elements come in blocks, one per geometric entity; an element's physical groups are those of
/// its entity.
extension GmshParser {
    /// A `size_t` count or tag: text, or `sizeT` binary bytes.
    private mutating func size(_ what: String) throws(MeshImportError) -> Int {
        isBinary ? try scanner.unsigned(size: sizeT, what) : try scanner.decimal(what)
    }

    /// A `double`: text, or 8 binary bytes.
    private mutating func double(_ what: String) throws(MeshImportError) -> Double {
        isBinary ? try scanner.float64(what) : try scanner.real(what)
    }

    /// Starts the data of a section: binary data begins on the next line.
    private mutating func beginData(_ section: String) throws(MeshImportError) {
        guard isBinary else { return }
        try skipLineEnd()
        scanner.binarySection = section
    }

    /// The head of `$Nodes` or `$Elements`: block count, item count, smallest and largest tag,
    /// both counts checked against the bytes left (`bytesEach`: the least an item takes in
    /// binary).
    private mutating func blocksHeader(
        _ section: String, of items: String, bytesEach: Int
    ) throws(MeshImportError) -> (blocks: Int, count: Int) {
        try beginData(section)
        let blockCount = try size("the number of \(items) blocks")
        let count = try size("the number of \(items)")
        _ = try size("the smallest tag")
        _ = try size("the largest tag")
        try scanner.requireRoom(
            for: blockCount, bytesEach: isBinary ? 20 : 8, of: "\(items) blocks")
        try scanner.requireRoom(for: count, bytesEach: isBinary ? bytesEach : 4, of: items)
        return (blockCount, count)
    }

    /// `$Entities`: points, curves, surfaces and volumes with their physical tags.
    mutating func readEntities() throws(MeshImportError) {
        try beginData("$Entities")
        var counts: [Int] = []
        for what in ["points", "curves", "surfaces", "volumes"] {
            let count = try size("the number of \(what)")
            try scanner.requireRoom(for: count, bytesEach: isBinary ? 36 : 8, of: what)
            counts.append(count)
        }
        for (dimension, count) in counts.enumerated() {
            for _ in 0..<count {
                let tag = try int("an entity tag")
                for _ in 0..<(dimension == 0 ? 3 : 6) { _ = try double("an entity's coordinate") }
                let physicalCount = try size("the number of physical tags")
                try scanner.requireRoom(for: physicalCount, bytesEach: 2, of: "physical tags")
                var physicals: [Int] = []
                for _ in 0..<physicalCount { physicals.append(try int("a physical tag")) }
                if !physicals.isEmpty {
                    entityPhysicals[PhysicalGroup(dimension: dimension, tag: tag)] = physicals
                }
                guard dimension > 0 else { continue }
                let boundingCount = try size("the number of bounding entities")
                try scanner.requireRoom(for: boundingCount, bytesEach: 2, of: "bounding entities")
                for _ in 0..<boundingCount { _ = try int("a bounding entity tag") }
            }
        }
        scanner.binarySection = nil
    }

    /// `$Nodes`: blocks of node tags followed by their coordinates (and parametric coordinates,
    /// skipped, when the block's flag says so).
    mutating func readNodesVersion4() throws(MeshImportError) {
        let (blockCount, count) = try blocksHeader("$Nodes", of: "nodes", bytesEach: 32)
        content.nodeIndex.reserve(count)
        content.coordinates.reserveCapacity(count)
        var remaining = count
        var tags: [Int] = []
        for _ in 0..<blockCount {
            let start = position()
            let dimension = try int("a node block's entity dimension")
            _ = try int("a node block's entity tag")
            let parametric = try int("a node block's parametric flag")
            let blockCount = try size("a node block's node count")
            guard (0...3).contains(dimension), parametric == 0 || parametric == 1,
                blockCount <= remaining
            else {
                throw scanner.failure(
                    "node block (dimension \(dimension), parametric \(parametric), "
                        + "\(blockCount) nodes) does not fit the \(remaining) nodes left", at: start
                )
            }
            let values = 3 + parametric * dimension
            try scanner.requireRoom(
                for: blockCount, bytesEach: isBinary ? sizeT + 8 * values : 2 * (values + 1),
                of: "nodes")
            tags.removeAll(keepingCapacity: true)
            var tagStarts: [Int] = []
            for _ in 0..<blockCount {
                tagStarts.append(position())
                tags.append(try size("a node tag"))
            }
            for (k, tag) in tags.enumerated() {
                let x = try double("x"), y = try double("y"), z = try double("z")
                for _ in 3..<values { _ = try double("a parametric coordinate") }
                try addNode(tag: tag, Vector3(x, y, z), at: tagStarts[k])
            }
            remaining -= blockCount
        }
        guard remaining == 0 else {
            throw scanner.failure("$Nodes declares \(count) nodes, but its blocks hold fewer")
        }
        scanner.binarySection = nil
    }

    /// `$Elements`: blocks of one type on one entity, each element its tag and node tags.
    mutating func readElementsVersion4() throws(MeshImportError) {
        let (blockCount, count) = try blocksHeader("$Elements", of: "elements", bytesEach: 16)
        var remaining = count
        var nodes: [Int] = []
        var sharedEntities = 0
        for _ in 0..<blockCount {
            let start = position()
            let dimension = try int("an element block's entity dimension")
            let entity = try int("an element block's entity tag")
            let code = try int("an element block's type")
            let blockCount = try size("an element block's element count")
            let type = try elementType(
                code, element: "element block on entity \(entity)", at: start)
            guard blockCount <= remaining, type.dimension == dimension else {
                throw scanner.failure(
                    "element block of \(blockCount) \(type.name)s on a \(dimension)-D entity "
                        + "does not fit the \(remaining) elements left", at: start)
            }
            try scanner.requireRoom(
                for: blockCount, bytesEach: isBinary ? sizeT * (1 + type.nodeCount) : 2,
                of: "elements")
            let physicals = entityPhysicals[PhysicalGroup(dimension: dimension, tag: entity)] ?? []
            if physicals.count > 1 { sharedEntities += 1 }
            for _ in 0..<blockCount {
                let tag = try size("an element tag")
                nodes.removeAll(keepingCapacity: true)
                for _ in 0..<type.nodeCount {
                    let at = position()
                    let nodeTag = try size("a node tag")
                    nodes.append(try node(nodeTag, of: tag, at: at))
                }
                addElement(type, tag: tag, physical: physicals.first ?? 0, nodes: nodes)
            }
            remaining -= blockCount
        }
        guard remaining == 0 else {
            throw scanner.failure("$Elements declares \(count) elements, but its blocks hold fewer")
        }
        if sharedEntities > 0 {
            content.notices.append(
                "\(sharedEntities) geometric entities belong to more than one physical group; "
                    + "their elements are put in the first")
        }
        scanner.binarySection = nil
    }
}
