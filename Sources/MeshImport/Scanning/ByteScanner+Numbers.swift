/// Text numbers: decimal and hexadecimal integers, and floating-point numbers parsed with correct
/// rounding (a fast exact path for short mantissas, the standard library otherwise), so that an
/// ASCII file written with 17 significant digits reads back the same doubles as its binary twin.
extension ByteScanner {
    /// The next token as a signed decimal integer.
    mutating func decimal(_ what: String) throws(MeshImportError) -> Int {
        let range = try token(what)
        guard let value = Self.integer(bytes[range], radix: 10) else {
            throw failure("expected \(what) (an integer), found '\(Self.shown(bytes[range]))'")
        }
        return value
    }

    /// The next token as a hexadecimal integer (Fluent's indices and zone ids).
    mutating func hexadecimal(_ what: String) throws(MeshImportError) -> Int {
        let range = try token(what)
        guard let value = Self.integer(bytes[range], radix: 16), value >= 0 else {
            throw failure(
                "expected \(what) (a hexadecimal integer), found '\(Self.shown(bytes[range]))'")
        }
        return value
    }

    /// The next token as a finite floating-point number.
    mutating func real(_ what: String) throws(MeshImportError) -> Double {
        let range = try token(what)
        guard let value = Self.real(bytes[range]), value.isFinite else {
            throw failure("expected \(what) (a finite number), found '\(Self.shown(bytes[range]))'")
        }
        return value
    }

    /// `text` as an integer in `radix` (10 or 16), with an optional sign; nil if malformed or
    /// beyond 15 hexadecimal or 18 decimal digits.
    static func integer(_ text: ArraySlice<UInt8>, radix: Int) -> Int? {
        var i = text.startIndex
        var negative = false
        if i < text.endIndex, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") {
            negative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        let digits = text.endIndex - i
        guard digits > 0, digits <= (radix == 16 ? 15 : 18) else { return nil }
        var value = 0
        while i < text.endIndex {
            guard let digit = digitValue(text[i]), digit < radix else { return nil }
            value = value * radix + digit
            i += 1
        }
        return negative ? -value : value
    }

    /// The value of one ASCII hexadecimal digit.
    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// Exact powers of ten 1e0…1e22 (every one representable in binary64).
    private static let exactPowersOfTen: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// `text` as a double, correctly rounded. When the decimal mantissa is below 2^53 and the
    /// decimal exponent within ±22, mantissa and power are both exact doubles and one
    /// multiplication or division rounds once (Clinger's fast path); anything else goes to the
    /// standard library's correctly rounded parser.
    static func real(_ text: ArraySlice<UInt8>) -> Double? {
        var i = text.startIndex
        var negative = false
        if i < text.endIndex, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") {
            negative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while i < text.endIndex, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") {
            mantissa = mantissa &* 10 &+ UInt64(text[i] - UInt8(ascii: "0"))
            if mantissa > 0 { digits += 1 }
            sawDigit = true
            i += 1
        }
        if i < text.endIndex, text[i] == UInt8(ascii: ".") {
            i += 1
            while i < text.endIndex, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") {
                mantissa = mantissa &* 10 &+ UInt64(text[i] - UInt8(ascii: "0"))
                if mantissa > 0 { digits += 1 }
                exponent -= 1
                sawDigit = true
                i += 1
            }
        }
        guard sawDigit else { return fallback(text) }
        if i < text.endIndex, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            guard let e = integer(text[(i + 1)...], radix: 10), abs(e) < 10_000 else {
                return fallback(text)
            }
            exponent += e
            i = text.endIndex
        }
        guard i == text.endIndex, digits <= 19, mantissa <= 1 << 53, abs(exponent) <= 22 else {
            return fallback(text)
        }
        let m = Double(mantissa)
        let value = exponent >= 0 ? m * exactPowersOfTen[exponent] : m / exactPowersOfTen[-exponent]
        return negative ? -value : value
    }

    /// The standard library's parser, for numbers outside the fast path.
    private static func fallback(_ text: ArraySlice<UInt8>) -> Double? {
        Double(String(decoding: text, as: UTF8.self))
    }
}
