/// A face's identity regardless of orientation and starting point: its (at most four) point
/// indices sorted ascending, unused slots -1. Two cells share a face exactly when their local
/// faces have the same key.
struct FaceKey: Hashable {
    /// Sorted point indices; -1 in the slots beyond the face's point count.
    var a: Int, b: Int, c: Int, d: Int

    /// The key of the face with points `p[range]` (2 to 4 of them).
    init(_ p: [Int], _ range: Range<Int>) {
        var s0 = p[range.lowerBound]
        var s1 = p[range.lowerBound + 1]
        var s2 = range.count > 2 ? p[range.lowerBound + 2] : Int.max
        var s3 = range.count > 3 ? p[range.lowerBound + 3] : Int.max
        // A sorting network for four values (five compare-exchanges).
        if s0 > s1 { swap(&s0, &s1) }
        if s2 > s3 { swap(&s2, &s3) }
        if s0 > s2 { swap(&s0, &s2) }
        if s1 > s3 { swap(&s1, &s3) }
        if s1 > s2 { swap(&s1, &s2) }
        a = s0
        b = s1
        c = s2 == Int.max ? -1 : s2
        d = s3 == Int.max ? -1 : s3
    }
}
