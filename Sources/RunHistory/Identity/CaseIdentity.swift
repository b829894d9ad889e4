/// How a case and a parameter assignment are named in the history, so that `courant run`,
/// the sweep's resume check and `history merge` agree on what "the same run" means.
///
/// - The canonical journal text: line endings made `\n`, trailing spaces and tabs removed from
///   every line, trailing blank lines removed, one final `\n`. Nothing else changes (comments and
///   order are part of the case).
/// - The case hash: SHA-256 of the canonical text, 64 hex digits.
/// - The canonical parameters: a JSON object with keys sorted by their UTF-8 bytes and string
///   values, no spaces: `{"Re":"100","cells":"33"}`. Values are compared as text, so a sweep
///   formats numbers one way (see `SweepValue`).
public enum CaseIdentity {
    /// The journal text in canonical form.
    public static func canonicalJournal(_ text: String) -> String {
        var lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                var line = Substring(line)
                while let last = line.last, last == " " || last == "\t" { line.removeLast() }
                return String(line)
            }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// SHA-256 (hex) of the canonical journal text.
    public static func caseHash(journal text: String) -> String {
        SHA256.hex(of: canonicalJournal(text))
    }

    /// The canonical JSON object of a name → value map (parameters or settings).
    public static func canonicalJSON(_ values: [String: String]) -> String {
        let pairs = values.sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
            .map { "\(jsonString($0.key)):\(jsonString($0.value))" }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    /// The text with every `\r\n` and lone `\r` made `\n`.
    fileprivate func replacingCRLF() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
