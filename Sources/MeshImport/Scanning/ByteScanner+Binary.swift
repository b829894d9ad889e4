/// Binary values: little-endian unless `swapsBytes` (a Gmsh file written on a big-endian machine
/// says so through its endianness word). Each read checks the bytes left.
extension ByteScanner {
    /// The next `size` bytes (4 or 8) as an unsigned integer, in the file's byte order.
    private mutating func raw(_ size: Int, _ what: String) throws(MeshImportError) -> UInt64 {
        guard bytesLeft >= size else {
            throw failure("file ends inside \(what) (truncated?)")
        }
        var value: UInt64 = 0
        for k in 0..<size { value |= UInt64(bytes[offset + k]) << (8 * k) }
        offset += size
        guard swapsBytes else { return value }
        return size == 8 ? value.byteSwapped : UInt64(UInt32(truncatingIfNeeded: value).byteSwapped)
    }

    /// A signed 32-bit integer.
    mutating func int32(_ what: String) throws(MeshImportError) -> Int {
        Int(Int32(bitPattern: UInt32(truncatingIfNeeded: try raw(4, what))))
    }

    /// An unsigned integer of `size` bytes (Gmsh's `size_t`: the file's data size), which must
    /// fit in a signed 64-bit integer.
    mutating func unsigned(size: Int, _ what: String) throws(MeshImportError) -> Int {
        let start = offset
        let value = try raw(size, what)
        guard value <= UInt64(Int.max) else { throw failure("\(what) is out of range", at: start) }
        return Int(value)
    }

    /// An IEEE-754 binary64 number, which must be finite.
    mutating func float64(_ what: String) throws(MeshImportError) -> Double {
        let start = offset
        let value = Double(bitPattern: try raw(8, what))
        guard value.isFinite else { throw failure("\(what) is not a finite number", at: start) }
        return value
    }

    /// An IEEE-754 binary32 number, which must be finite.
    mutating func float32(_ what: String) throws(MeshImportError) -> Double {
        let start = offset
        let value = Float(bitPattern: UInt32(truncatingIfNeeded: try raw(4, what)))
        guard value.isFinite else { throw failure("\(what) is not a finite number", at: start) }
        return Double(value)
    }
}
