/// Reductions over contiguous Float runs with 16-lane SIMD partial sums (the compiler may not
/// reorder a scalar float sum, so it would not vectorise it); the lanes are added in a fixed
/// order, so results are deterministic. Checked through the layers that use them (BatchNorm
/// against the float64 reference network).
enum VectorSums {
    /// Σ p[i], i < count.
    @inline(__always)
    static func sum(_ p: UnsafePointer<Float>, _ count: Int) -> Float {
        var lanes = SIMD16<Float>()
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i &+ 16 <= count {
            lanes += raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
            i &+= 16
        }
        var total = lanes.sum()
        while i < count {
            total += p[i]
            i &+= 1
        }
        return total
    }

    /// Σ p[i]·q[i], i < count.
    @inline(__always)
    static func dot(_ p: UnsafePointer<Float>, _ q: UnsafePointer<Float>, _ count: Int) -> Float {
        var lanes = SIMD16<Float>()
        var i = 0
        let rawP = UnsafeRawPointer(p)
        let rawQ = UnsafeRawPointer(q)
        while i &+ 16 <= count {
            lanes +=
                rawP.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                * rawQ.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
            i &+= 16
        }
        var total = lanes.sum()
        while i < count {
            total += p[i] * q[i]
            i &+= 1
        }
        return total
    }

    /// Σ (p[i] − centre)², i < count.
    @inline(__always)
    static func centredSquares(_ p: UnsafePointer<Float>, _ count: Int, centre: Float) -> Float {
        var lanes = SIMD16<Float>()
        let shift = SIMD16<Float>(repeating: centre)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i &+ 16 <= count {
            let d = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self) - shift
            lanes += d * d
            i &+= 16
        }
        var total = lanes.sum()
        while i < count {
            let d = p[i] - centre
            total += d * d
            i &+= 1
        }
        return total
    }
}
