/// The element tags met so far. Gmsh numbers elements 1…n, so a flag per tag is used when the
/// largest tag is within a small multiple of the element count (no hashing per cell); a set
/// otherwise, so that a file with one huge tag cannot make the reader allocate beyond its size.
struct ElementTagSet {
    /// (largestTag + 1) whether each tag has been met, when dense.
    private var flags: [Bool]
    /// The tags met, when sparse.
    private var sparse: Set<Int> = []
    /// Whether `flags` is used.
    private let isDense: Bool

    /// An empty set for about `capacityHint` tags, none above `largestTag`.
    init(capacityHint: Int, largestTag: Int) {
        isDense = largestTag >= 0 && largestTag <= 8 * capacityHint + 1024
        flags = [Bool](repeating: false, count: isDense ? largestTag + 1 : 0)
    }

    /// Adds `tag`; false if it was already there.
    mutating func insert(_ tag: Int) -> Bool {
        guard isDense, tag >= 0, tag < flags.count else { return sparse.insert(tag).inserted }
        if flags[tag] { return false }
        flags[tag] = true
        return true
    }
}
