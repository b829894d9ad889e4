/// BLAS-1 operations on cell vectors (nCells of one level) for the Krylov steps.
enum VectorAlgebra {
    /// a·b.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var sum = 0.0
                for c in 0..<a.count { sum += a[c] * b[c] }
                return sum
            }
        }
    }

    /// y ← α·x + β·y.
    static func combine(_ alpha: Double, _ x: [Double], _ beta: Double, into y: inout [Double]) {
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                for c in 0..<y.count { y[c] = alpha * x[c] + beta * y[c] }
            }
        }
    }

    /// y ← x, in y's storage (no new buffer when y is uniquely referenced).
    static func copy(_ x: [Double], into y: inout [Double]) {
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                for c in 0..<y.count { y[c] = x[c] }
            }
        }
    }
}
