/// Gmsh node tag → 0-based node index. Tags are usually 1…n, so a dense table indexed by tag is
/// used up to a limit proportional to the node count; sparser tags go to a dictionary, so a file
/// with one huge tag cannot make the reader allocate beyond its size.
struct NodeTagIndex {
    /// (denseLimit + 1) index of each tag, -1 where absent.
    private var dense: [Int] = []
    /// Tags beyond the dense limit.
    private var sparse: [Int: Int] = [:]
    /// Largest tag held in `dense`.
    private var denseLimit = 0

    /// Prepares for about `nodeCount` more nodes.
    mutating func reserve(_ nodeCount: Int) {
        denseLimit = max(denseLimit, 8 * nodeCount + 1024)
    }

    /// Records node `tag` at `index`; false if the tag is already there.
    mutating func insert(tag: Int, index: Int) -> Bool {
        if tag >= 0, tag <= denseLimit {
            if tag >= dense.count {
                dense.append(
                    contentsOf: repeatElement(
                        -1, count: min(denseLimit + 1, 2 * tag + 16) - dense.count))
            }
            guard dense[tag] < 0 else { return false }
            dense[tag] = index
            return true
        }
        return sparse.updateValue(index, forKey: tag) == nil
    }

    /// The index of node `tag`, if the file has it.
    func index(of tag: Int) -> Int? {
        if tag >= 0, tag < dense.count {
            let i = dense[tag]
            return i >= 0 ? i : nil
        }
        return tag > denseLimit ? sparse[tag] : nil
    }
}
