import FiniteVolume

/// MSH 2.2 `$Nodes` and `$Elements`: a count line, then one line per node (`tag x y z`) and per
/// element (`tag type nTags tags… nodes…`; the first tag is the physical group). In binary
/// files nodes are (int tag, 3 doubles) and elements come in blocks headed by
/// (int type, int count, int nTags), each element (int tag, int tags…, int nodes…).
extension GmshParser {
    /// MSH 2.2 `$Nodes`.
    mutating func readNodesVersion2() throws(MeshImportError) {
        let count = try scanner.decimal("the number of nodes")
        try scanner.requireRoom(for: count, bytesEach: isBinary ? 28 : 8, of: "nodes")
        content.nodeIndex.reserve(count)
        content.coordinates.reserveCapacity(count)
        if isBinary {
            try skipLineEnd()
            scanner.binarySection = "$Nodes"
        }
        for _ in 0..<count {
            let start = position()
            if isBinary {
                let tag = try scanner.int32("a node tag")
                let x = try scanner.float64("x"), y = try scanner.float64("y")
                let z = try scanner.float64("z")
                try addNode(tag: tag, Vector3(x, y, z), at: start)
            } else {
                let tag = try scanner.decimal("a node tag")
                let x = try scanner.real("x"), y = try scanner.real("y")
                let z = try scanner.real("z")
                try addNode(tag: tag, Vector3(x, y, z), at: start)
            }
        }
        scanner.binarySection = nil
    }

    /// MSH 2.2 `$Elements`.
    mutating func readElementsVersion2() throws(MeshImportError) {
        let count = try scanner.decimal("the number of elements")
        try scanner.requireRoom(for: count, bytesEach: isBinary ? 12 : 10, of: "elements")
        var nodes: [Int] = []
        guard isBinary else {
            for _ in 0..<count {
                let start = position()
                let tag = try scanner.decimal("an element tag")
                let code = try scanner.decimal("an element type")
                let type = try elementType(code, element: "element \(tag)", at: start)
                let tagCount = try scanner.decimal("the number of element tags")
                try scanner.requireRoom(for: tagCount, bytesEach: 2, of: "element tags")
                try readTagsAndNodes(of: tag, type, tagCount: tagCount, into: &nodes)
            }
            return
        }
        try skipLineEnd()
        scanner.binarySection = "$Elements"
        var remaining = count
        while remaining > 0 {
            let start = position()
            let code = try scanner.int32("an element block's type")
            let blockCount = try scanner.int32("an element block's count")
            let tagCount = try scanner.int32("an element block's number of tags")
            let type = try elementType(code, element: "an element block", at: start)
            guard blockCount > 0, blockCount <= remaining, tagCount >= 0, tagCount < 1000 else {
                throw scanner.failure(
                    "element block of \(blockCount) elements with \(tagCount) tags does not fit "
                        + "the \(remaining) elements left", at: start)
            }
            try scanner.requireRoom(
                for: blockCount, bytesEach: 4 * (1 + tagCount + type.nodeCount), of: "elements")
            for _ in 0..<blockCount {
                let tag = try scanner.int32("an element tag")
                try readTagsAndNodes(of: tag, type, tagCount: tagCount, into: &nodes)
            }
            remaining -= blockCount
        }
        scanner.binarySection = nil
    }

    /// The rest of an MSH 2.2 element after its tag (and, in text, its type and tag count): its
    /// tags, the first being its physical group, and its nodes; `nodes` is scratch space.
    private mutating func readTagsAndNodes(
        of tag: Int, _ type: GmshElementType, tagCount: Int, into nodes: inout [Int]
    ) throws(MeshImportError) {
        var physical = 0
        for k in 0..<tagCount {
            let value = try int("an element tag")
            if k == 0 { physical = value }
        }
        nodes.removeAll(keepingCapacity: true)
        for _ in 0..<type.nodeCount {
            let at = position()
            let nodeTag = try int("a node tag")
            nodes.append(try node(nodeTag, of: tag, at: at))
        }
        addElement(type, tag: tag, physical: physical, nodes: nodes)
    }
}
