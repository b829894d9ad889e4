import Foundation

/// An SVG line chart with a linear x axis (iterations) and a log10 y axis (residuals), in the
/// look of Fluent's residual window: white field, black frame, decade grid, "Iterations" below,
/// legend box to the right of the frame.
///
/// The y range spans whole decades from the smallest to the largest positive finite value of
/// the series and thresholds, with a value on a decade given room below it (at most 20 decades
/// down from the top, so one underflowing value does not flatten the rest); the x range runs
/// from 0 to the last iteration.
public struct LogPlot: Sendable {
    /// Title above the frame.
    public var title: String
    /// Label of the y axis.
    public var yLabel: String
    /// The lines, drawn in order.
    public var series: [PlotSeries]
    /// Dashed horizontal lines.
    public var thresholds: [PlotThreshold]
    /// Width of the plotting frame in px (the picture adds the axis labels and the legend).
    public var frameWidth: Double = 640
    /// Height of the plotting frame in px.
    public var frameHeight: Double = 420

    private let left = 78.0
    private let top = 44.0
    private let bottom = 56.0
    private var right: Double { legendWidth + 28 }
    private var width: Double { left + frameWidth + right }
    private var height: Double { top + frameHeight + bottom }
    private var legendWidth: Double {
        let longest = (series.map(\.label) + thresholds.map(\.label)).map(\.count).max() ?? 8
        return min(420, max(120, Double(longest) * 7.2 + 46))
    }

    /// 15 px, smaller for a title too long for the picture (bold glyphs ≈ 0.62 em wide), so a
    /// long case name is never cut off at the edges.
    private var titleFontSize: Double {
        min(15, (width - 16) / (Double(max(title.count, 1)) * 0.62))
    }

    /// `label` shortened with an ellipsis to fit the legend box (≈ 7.2 px per character).
    private func fitted(_ label: String) -> String {
        let capacity = max(4, Int((legendWidth - 46) / 7.2))
        return label.count <= capacity ? label : String(label.prefix(capacity - 1)) + "…"
    }

    /// A plot of `series` with `thresholds`.
    public init(title: String, yLabel: String, series: [PlotSeries], thresholds: [PlotThreshold]) {
        self.title = title
        self.yLabel = yLabel
        self.series = series
        self.thresholds = thresholds
    }

    /// The SVG document.
    public func svg() -> String {
        let (lowDecade, highDecade) = decades()
        let lastPoint = max(1, series.flatMap { $0.points.map(\.x) }.max() ?? 1)
        let step = Self.niceStep(lastPoint / 8)
        let lastX = (lastPoint / step).rounded(.up) * step
        let mapX = { (x: Double) in left + x / lastX * frameWidth }
        let mapY = { (y: Double) in
            top + (Double(highDecade) - log10(y)) / Double(highDecade - lowDecade) * frameHeight
        }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" \
            viewBox="0 0 \(f(width)) \(f(height))" font-family="DejaVu Sans, Arial, sans-serif" \
            font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(width / 2))" y="\(f(top - 16))" text-anchor="middle" \
            font-size="\(f(titleFontSize))" font-weight="bold">\(escape(title))</text>

            """
        for decade in lowDecade...highDecade {
            let y = mapY(pow(10, Double(decade)))
            if decade != lowDecade && decade != highDecade {
                out += line(left, y, left + frameWidth, y, "#d9d9d9", width: 0.8)
            }
            out += line(left - 5, y, left, y, "black", width: 1)
            out += text(
                left - 8, y + 4, String(format: "1e%@%02d", decade < 0 ? "-" : "+", abs(decade)),
                anchor: "end")
            if decade < highDecade {
                for minor in 2...9 {
                    let yMinor = mapY(Double(minor) * pow(10, Double(decade)))
                    out += line(left - 3, yMinor, left, yMinor, "black", width: 0.6)
                }
            }
        }
        for x in stride(from: 0.0, through: lastX + step * 1e-9, by: step) {
            let px = mapX(x)
            if x > 0 && x < lastX {
                out += line(px, top, px, top + frameHeight, "#ececec", width: 0.8)
            }
            out += line(px, top + frameHeight, px, top + frameHeight + 5, "black", width: 1)
            out += text(px, top + frameHeight + 19, String(Int(x.rounded())), anchor: "middle")
        }
        out += text(left + frameWidth / 2, height - 14, "Iterations", anchor: "middle")
        out += """
            <text transform="translate(20 \(f(top + frameHeight / 2))) rotate(-90)" \
            text-anchor="middle">\(escape(yLabel))</text>

            """
        out += "<g clip-path=\"url(#frame)\">\n"
        for threshold in thresholds where threshold.value > 0 && threshold.value.isFinite {
            let y = mapY(threshold.value)
            out += """
                <line x1="\(f(left))" y1="\(f(y))" x2="\(f(left + frameWidth))" y2="\(f(y))" \
                stroke="\(threshold.colour)" stroke-width="1.2" stroke-dasharray="7 5"/>

                """
        }
        for entry in series {
            for run in Self.drawableRuns(entry.points) {
                let pixels = Self.decimated(run.map { (mapX($0.x), mapY($0.y)) })
                let points = pixels.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " ")
                out += """
                    <polyline fill="none" stroke="\(entry.colour)" stroke-width="1.5" \
                    stroke-linejoin="round" points="\(points)"/>

                    """
            }
        }
        out += "</g>\n"
        out += """
            <defs><clipPath id="frame"><rect x="\(f(left))" y="\(f(top))" \
            width="\(f(frameWidth))" height="\(f(frameHeight))"/></clipPath></defs>
            <rect x="\(f(left))" y="\(f(top))" width="\(f(frameWidth))" height="\(f(frameHeight))" \
            fill="none" stroke="black" stroke-width="1.2"/>

            """
        out += legend(x: left + frameWidth + 14, y: top)
        return out + "</svg>\n"
    }

    private func legend(x: Double, y: Double) -> String {
        let rowHeight = 18.0
        let rows = series.count + thresholds.count
        var out = """
            <rect x="\(f(x))" y="\(f(y))" width="\(f(legendWidth))" \
            height="\(f(Double(rows) * rowHeight + 12))" fill="white" stroke="black" \
            stroke-width="0.8"/>

            """
        var rowY = y + 6 + rowHeight / 2
        for entry in series {
            out += line(x + 8, rowY, x + 34, rowY, entry.colour, width: 2)
            out += text(x + 40, rowY + 4, fitted(entry.label), anchor: "start")
            rowY += rowHeight
        }
        for threshold in thresholds {
            out += """
                <line x1="\(f(x + 8))" y1="\(f(rowY))" x2="\(f(x + 34))" y2="\(f(rowY))" \
                stroke="\(threshold.colour)" stroke-width="1.2" stroke-dasharray="7 5"/>

                """
            out += text(x + 40, rowY + 4, fitted(threshold.label), anchor: "start")
            rowY += rowHeight
        }
        return out
    }

    /// Whole decades (exponents) covering every positive finite value, at least one decade.
    private func decades() -> (low: Int, high: Int) {
        let values = (series.flatMap { $0.points.map(\.y) } + thresholds.map(\.value))
            .filter { $0 > 0 && $0.isFinite }
        guard let smallest = values.min(), let largest = values.max() else { return (-6, 0) }
        let high = Int(ceil(log10(largest)))
        let low = max(high - 20, Int(floor(log10(smallest) - 0.05)))
        return (min(low, high - 1), high)
    }

    /// Consecutive runs of points that can be drawn on a log axis.
    public static func drawableRuns(_ points: [(x: Double, y: Double)]) -> [[(
        x: Double, y: Double
    )]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for point in points {
            if point.y > 0 && point.y.isFinite {
                runs[runs.count - 1].append(point)
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// A polyline in pixel coordinates reduced to at most four points per 1-px column: the
    /// first, lowest, highest and last of each column, in their original order. Drawn at the
    /// picture's resolution this is indistinguishable from the full line (every extreme is
    /// kept), while a 50 000-iteration history stays a few hundred kB.
    public static func decimated(_ pixels: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        var kept: [(x: Double, y: Double)] = []
        var start = 0
        while start < pixels.count {
            let column = pixels[start].x.rounded(.down)
            var end = start
            while end + 1 < pixels.count && pixels[end + 1].x.rounded(.down) == column { end += 1 }
            let range = start...end
            let lowest = range.min { pixels[$0].y < pixels[$1].y } ?? start
            let highest = range.max { pixels[$0].y < pixels[$1].y } ?? start
            for index in Set([start, lowest, highest, end]).sorted() { kept.append(pixels[index]) }
            start = end + 1
        }
        return kept
    }

    /// 1, 2 or 5 × 10^k nearest above `raw` (tick spacing), at least 1 iteration.
    public static func niceStep(_ raw: Double) -> Double {
        guard raw > 1 else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }

    private func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ colour: String, width: Double
    ) -> String {
        """
        <line x1="\(f(x1))" y1="\(f(y1))" x2="\(f(x2))" y2="\(f(y2))" stroke="\(colour)" \
        stroke-width="\(f(width))"/>

        """
    }

    private func text(_ x: Double, _ y: Double, _ content: String, anchor: String) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">\(escape(content))</text>\n"
    }

    private func f(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
