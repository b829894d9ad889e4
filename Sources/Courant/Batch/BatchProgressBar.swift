import Foundation
import RunHistory

#if canImport(Glibc)
    import Glibc
#endif

/// The batch's one-line progress display on stderr:
/// `[#########...........]  12/40 done  2 running  1 failed  3 skipped  ETA 3 min 20 s`.
///
/// On a terminal the line is redrawn in place (`\r`, erase to end of line); otherwise (a log
/// file, CI) a new line is printed only when the count of ended runs changes.
public struct BatchProgressBar: Sendable {
    /// Characters between the brackets.
    public var width: Int

    /// A bar `width` characters wide.
    public init(width: Int = 24) {
        self.width = max(4, width)
    }

    /// The line for `progress`, with `skipped` runs already in the history.
    ///
    /// ETA = elapsed / ended × (total − ended), the average run time so far times the runs left
    /// (already divided by the concurrency, since ended runs overlapped the same way).
    public func line(_ progress: WorkerPoolProgress, skipped: Int) -> String {
        let total = progress.total
        let filled = total == 0 ? width : width * progress.finished / total
        let bar =
            String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var line =
            "[\(bar)]  \(progress.finished)/\(total) done  \(progress.running) running"
            + "  \(progress.nonZero) failed"
        if skipped > 0 { line += "  \(skipped) skipped" }
        if progress.finished > 0 && progress.finished < total {
            let remaining =
                progress.elapsed / Double(progress.finished)
                * Double(total - progress.finished)
            line += "  ETA " + HistoryFormat.duration(remaining)
        } else if progress.finished == total {
            line += "  in " + HistoryFormat.duration(progress.elapsed)
        }
        return line
    }

    /// A progress callback for `BatchRunner.run` that draws this bar on stderr as described
    /// above, for a batch in which `skipped` runs were already in the history.
    public func standardErrorDisplay(skipped: Int) -> (WorkerPoolProgress) -> Void {
        let isTerminal = isatty(2) == 1
        var lastFinished = -1
        return { progress in
            let text = line(progress, skipped: skipped)
            let isFinal = progress.finished == progress.total
            if isTerminal {
                let redraw = "\r" + text + "\u{1B}[K" + (isFinal ? "\n" : "")
                try? FileHandle.standardError.write(contentsOf: Data(redraw.utf8))
            } else if progress.finished != lastFinished {
                try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
            }
            lastFinished = progress.finished
        }
    }
}
