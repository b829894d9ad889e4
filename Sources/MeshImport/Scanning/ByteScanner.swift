/// A cursor over a mesh file's bytes that reads whitespace-separated text tokens (decimal and
/// hexadecimal integers, floating-point numbers, quoted names) and, through `+Binary`, raw binary
/// values. Every read checks the bytes left first, so a truncated or corrupted file ends in a
/// `MeshImportError` naming the place: the line for text, the section and byte offset while
/// `binarySection` is set.
struct ByteScanner {
    /// The whole file.
    let bytes: [UInt8]
    /// The file's path as given, for messages.
    let fileName: String
    /// Index of the next byte to read.
    var offset = 0
    /// The section being read as binary data (`$Nodes`, `3010`…), nil while reading text:
    /// decides whether an error names a byte offset or a line.
    var binarySection: String?
    /// Whether binary values are stored with the other byte order than little-endian.
    var swapsBytes = false

    /// A scanner at the start of `bytes`.
    init(bytes: [UInt8], fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
    }

    /// Fails with a clear message when the bytes are a compressed or HDF5 container rather
    /// than a mesh file (a `.msh.gz`, a Fluent `.cas.h5`).
    func refuseContainers() throws(MeshImportError) {
        if bytes.starts(with: [0x1F, 0x8B]) {
            throw failure("the file is gzip-compressed: decompress it (gunzip) first", at: 0)
        }
        if bytes.starts(with: [0x89, 0x48, 0x44, 0x46]) {
            throw failure(
                "the file is HDF5 (a Fluent .cas.h5/.msh.h5): write the mesh in Fluent's legacy "
                    + "format (file/write-case with a .cas or .msh name)", at: 0)
        }
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset >= bytes.count }

    /// Bytes not yet read.
    var bytesLeft: Int { bytes.count - offset }

    /// An error at `position` (default: the current offset), by line or by binary section.
    func failure(_ message: String, at position: Int? = nil) -> MeshImportError {
        let at = min(position ?? offset, bytes.count)
        if let section = binarySection {
            return MeshImportError(
                file: fileName, place: .byte(section: section, offset: at), message: message)
        }
        return MeshImportError(file: fileName, place: .line(line(at: at)), message: message)
    }

    /// The 1-based line holding byte `position` (counted only when an error is reported).
    func line(at position: Int) -> Int {
        var line = 1
        for i in 0..<min(position, bytes.count) where bytes[i] == 0x0A { line += 1 }
        return line
    }

    /// Whether `byte` separates tokens: ASCII white space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Whether `byte` ends a token: white space or a parenthesis (Fluent's list delimiters).
    static func endsToken(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == 0x28 || byte == 0x29
    }

    /// Moves past white space.
    mutating func skipSpace() {
        while offset < bytes.count, Self.isSpace(bytes[offset]) { offset += 1 }
    }

    /// The next byte after white space, without consuming it; nil at the end of the file.
    mutating func peekAfterSpace() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// The byte range of the next token: a run of bytes up to white space or a parenthesis.
    mutating func token(_ what: String) throws(MeshImportError) -> Range<Int> {
        skipSpace()
        let start = offset
        while offset < bytes.count, !Self.endsToken(bytes[offset]) { offset += 1 }
        guard offset > start else {
            if isAtEnd { throw failure("file ends where \(what) was expected (truncated?)") }
            throw failure("expected \(what), found '\(Self.shown(bytes[offset..<offset + 1]))'")
        }
        return start..<offset
    }

    /// Up to 24 bytes of `slice` as printable text, for messages.
    static func shown(_ slice: ArraySlice<UInt8>) -> String {
        let head = slice.prefix(24).map { $0 >= 0x20 && $0 < 0x7F ? $0 : UInt8(ascii: "?") }
        return String(decoding: head, as: UTF8.self) + (slice.count > 24 ? "…" : "")
    }

    /// The next token as text (a keyword, a section name), decoded leniently.
    mutating func word(_ what: String) throws(MeshImportError) -> String {
        let range = try token(what)
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Consumes `literal` after white space, or fails naming what was found.
    mutating func expect(_ literal: String) throws(MeshImportError) {
        skipSpace()
        let expected = Array(literal.utf8)
        guard bytesLeft >= expected.count,
            bytes[offset..<offset + expected.count].elementsEqual(expected)
        else {
            if isAtEnd { throw failure("file ends where '\(literal)' was expected (truncated?)") }
            let found = Self.shown(bytes[offset..<min(bytes.count, offset + expected.count)])
            throw failure("expected '\(literal)', found '\(found)'")
        }
        offset += expected.count
    }

    /// Moves just past the next occurrence of `literal`; false (offset at the end) if none.
    mutating func skip(past literal: [UInt8]) -> Bool {
        guard let first = literal.first else { return true }
        var i = offset
        while i + literal.count <= bytes.count {
            if bytes[i] == first, bytes[i..<i + literal.count].elementsEqual(literal) {
                offset = i + literal.count
                return true
            }
            i += 1
        }
        offset = bytes.count
        return false
    }

    /// Fails unless `count` items of at least `bytesEach` bytes fit in what is left of the file,
    /// so that no count read from a file can make a reader allocate or loop beyond its size.
    func requireRoom(
        for count: Int, bytesEach: Int, of what: String
    ) throws(MeshImportError) {
        guard count >= 0 else { throw failure("negative number of \(what): \(count)") }
        let (needed, overflow) = count.multipliedReportingOverflow(by: bytesEach)
        guard !overflow, needed <= bytesLeft else {
            throw failure(
                "\(count) \(what) declared, but only \(bytesLeft) bytes remain (truncated file?)")
        }
    }
}
