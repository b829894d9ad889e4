import Foundation

/// A STREAM-style triad (McCalpin 1995), a[i] = b[i] + s·c[i] on three arrays of doubles far
/// larger than the caches: the sustainable memory bandwidth that bounds any loop streaming
/// mesh-sized arrays, hence the floor under the solver's time per iteration and cell.
public enum MemoryBandwidth {
    /// What the triad measured.
    public struct Result: Sendable {
        /// Elements per array.
        public var elements: Int
        /// Repetitions timed.
        public var repetitions: Int
        /// Best bandwidth, GB/s (10⁹ bytes), counting 24 bytes per element as STREAM does
        /// (read b and c, write a; the write-allocate read of a is not counted).
        public var bestGigabytesPerSecond: Double
        /// Median bandwidth over the repetitions, GB/s.
        public var medianGigabytesPerSecond: Double
    }

    /// Runs the triad `repetitions` times on arrays of `elements` doubles (default 2²⁵: three
    /// arrays of 256 MiB together, ≫ any last-level cache) and returns best and median.
    public static func triad(elements requested: Int = 1 << 25, repetitions: Int = 10)
        -> Result
    {
        let elements = max(1, requested)
        let b = [Double](repeating: 1, count: elements)
        let c = [Double](repeating: 2, count: elements)
        var a = [Double](repeating: 0, count: elements)
        let scalar = 3.0
        var rates = [Double]()
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            b.withUnsafeBufferPointer { b in
                c.withUnsafeBufferPointer { c in
                    a.withUnsafeMutableBufferPointer { a in
                        for i in 0..<a.count { a[i] = b[i] + scalar * c[i] }
                    }
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
            rates.append(24 * Double(elements) / seconds * 1e-9)
        }
        // Keep the result observable so the loop is not removed.
        if a[elements / 2] != 7 { rates = [] }
        let sorted = rates.sorted()
        return Result(
            elements: elements, repetitions: rates.count,
            bestGigabytesPerSecond: sorted.last ?? 0,
            medianGigabytesPerSecond: sorted.isEmpty ? 0 : sorted[sorted.count / 2])
    }
}
