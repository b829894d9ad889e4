/// A face's identity regardless of orientation and starting point: its (at most four) point
/// indices sorted ascending, unused slots -1. Two cells share a face exactly when their local
/// faces have the same key.
struct FaceKey: Equatable {
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

    /// A well-mixed 64-bit hash of the four indices (multiply by odd constants, fold; the table
    /// takes its top bits), much cheaper than the standard library's seeded SipHash.
    var mixedHash: UInt64 {
        var h = UInt64(bitPattern: Int64(a)) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 32) ^ UInt64(bitPattern: Int64(b))) &* 0xC2B2_AE3D_27D4_EB4F
        h = (h ^ (h >> 29) ^ UInt64(bitPattern: Int64(c))) &* 0x1656_67B1_9E37_79F9
        h = (h ^ (h >> 32) ^ UInt64(bitPattern: Int64(d))) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 31)
    }
}
