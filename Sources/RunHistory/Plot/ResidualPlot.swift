import Foundation

/// `history plot`: residual histories as `LogPlot`s, in Fluent's residual-window colours.
public enum ResidualPlot {
    /// Which of the three residual forms to draw.
    public enum Form: String, Sendable, CaseIterable {
        /// Σ|r| / Σ|aP·φP| (Fluent's default plot).
        case scaled
        /// Scaled, divided by its early maximum.
        case normalised
        /// Σ|r| in source units.
        case unscaled

        func value(_ residual: ResidualSample) -> Double {
            switch self {
            case .scaled: residual.scaled
            case .normalised: residual.normalised
            case .unscaled: residual.unscaled
            }
        }
    }

    /// Colour of each equation, as in Fluent's residual monitor.
    static func colour(ofEquation equation: String) -> String {
        switch equation {
        case "continuity": "#d62728"
        case "x-velocity": "#2ca02c"
        case "y-velocity": "#1f3fbf"
        case "z-velocity": "#17becf"
        case "energy": "#9467bd"
        case "k": "#00a6a6"
        case "epsilon": "#e377c2"
        case "omega": "#bcbd22"
        default: "#555555"
        }
    }

    /// Distinct colours for comparing runs, cycled when there are more runs.
    static let runColours = [
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
        "#7f7f7f", "#bcbd22",
    ]

    /// One run: one line per equation, the criteria as dashed lines in the equation's colour.
    public static func run(
        _ run: RunRecord, iterations: [IterationSample], criteria: [ResidualCriterion],
        form: Form = .scaled
    ) -> LogPlot {
        let series = iterations.equations.map { equation in
            PlotSeries(
                label: equation, colour: colour(ofEquation: equation),
                points: iterations.compactMap { sample in
                    sample.residuals.first { $0.equation == equation }
                        .map { (Double(sample.iteration), form.value($0)) }
                })
        }
        // Criteria sharing a value (Fluent's default is 1e-3 on every equation) are one line.
        var thresholds: [PlotThreshold] = []
        if form != .unscaled {
            let values = criteria.map(\.value).reduce(into: [Double]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            thresholds = values.map { value in
                let equations = criteria.filter { $0.value == value }.map(\.equation)
                return PlotThreshold(
                    label: equations.joined(separator: ", ") + " < "
                        + HistoryFormat.criterion(value),
                    colour: equations.count == 1
                        ? colour(ofEquation: equations[0]) : "#333333",
                    value: value)
            }
        }
        let subtitle = run.parameters.isEmpty ? "" : "  " + run.parameterSummary
        return LogPlot(
            title: "Residuals: run \(run.id) \(run.caseName)\(subtitle) (\(run.status.rawValue))",
            yLabel: "\(form.rawValue) residual", series: series, thresholds: thresholds)
    }

    /// Several runs: one equation's residual per run, one colour per run, and the first run's
    /// criterion on that equation dashed.
    public static func comparison(
        _ runs: [(run: RunRecord, iterations: [IterationSample], criteria: [ResidualCriterion])],
        equation: String = "continuity", form: Form = .scaled
    ) -> LogPlot {
        let series = runs.enumerated().map { index, entry in
            PlotSeries(
                label:
                    "run \(entry.run.id) \(entry.run.parameterSummary)"
                    + " (\(entry.run.status.rawValue))",
                colour: runColours[index % runColours.count],
                points: entry.iterations.compactMap { sample in
                    sample.residuals.first { $0.equation == equation }
                        .map { (Double(sample.iteration), form.value($0)) }
                })
        }
        let criterion =
            form == .unscaled
            ? nil : runs.first?.criteria.first { $0.equation == equation }
        return LogPlot(
            title: "\(equation) residual: \(runs.count) runs", yLabel: "\(form.rawValue) residual",
            series: series,
            thresholds: criterion.map {
                [
                    PlotThreshold(
                        label: "criterion " + HistoryFormat.criterion($0.value), colour: "black",
                        value: $0.value)
                ]
            } ?? [])
    }

    /// Writes the plot of run `id` (or, with several ids, the comparison) to `output` as SVG.
    public static func write(
        _ database: HistoryDatabase, runIDs ids: [Int64], output: String,
        equation: String = "continuity", form: Form = .scaled
    ) throws {
        let entries = try ids.map { id in
            (
                run: try database.run(id: id), iterations: try database.iterations(runID: id),
                criteria: try database.criteria(runID: id)
            )
        }
        let plot: LogPlot
        if entries.count == 1, let only = entries.first {
            plot = run(only.run, iterations: only.iterations, criteria: only.criteria, form: form)
        } else {
            plot = comparison(entries, equation: equation, form: form)
        }
        try plot.svg().write(toFile: output, atomically: true, encoding: .utf8)
    }
}
