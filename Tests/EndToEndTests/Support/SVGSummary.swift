import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What an SVG file holds, read with a real XML parser (so a malformed file fails to load):
/// its root element, its `<text>` contents, and counts of the drawn lines.
struct SVGSummary {
    /// Name of the document element (`svg`).
    var root: String
    /// The character content of every `<text>` element, in document order.
    var text: [String]
    /// `<polyline>` elements (residual curves).
    var polylines: Int
    /// Elements with a `stroke-dasharray` (criterion lines and their legend keys).
    var dashedLines: Int

    /// Parses the file at `path`; throws with the parser's line and message if it is not XML.
    init(path: String) throws {
        guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else {
            throw EndToEndFailure("\(path): cannot be read")
        }
        let reader = SVGReader()
        parser.delegate = reader
        guard parser.parse() else {
            throw EndToEndFailure(
                "\(path):\(parser.lineNumber): not well-formed XML:"
                    + " \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        root = reader.root ?? ""
        text = reader.text
        polylines = reader.counts["polyline", default: 0]
        dashedLines = reader.dashed
    }
}

/// The XMLParser delegate behind `SVGSummary`.
private final class SVGReader: NSObject, XMLParserDelegate {
    var root: String?
    var text: [String] = []
    var counts: [String: Int] = [:]
    var dashed = 0
    private var openText: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if root == nil { root = name }
        counts[name, default: 0] += 1
        if attributes["stroke-dasharray"] != nil { dashed += 1 }
        if name == "text" { openText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        openText? += string
    }

    func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        if name == "text", let content = openText {
            text.append(content)
            openText = nil
        }
    }
}
