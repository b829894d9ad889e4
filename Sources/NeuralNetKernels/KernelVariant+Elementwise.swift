#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The element-wise loops of the layers (BatchNorm, ReLU, the residual join, the convolution's
/// bias and col2im, Adam): plain loops that each build's compiler vectorises for its own
/// registers. Every element is computed by the same operations in the same order in every
/// build (separate multiplies and adds, no reordered sums), so the builds agree bit for bit;
/// the reductions keep 16 partial sums whatever the vector width (`sum`, the products of
/// `channelSums`, `centredSquares`), so they agree too.
///
/// Tensors are row-major (batch, channels, time): row (b, c) starts at (b·channels + c)·time.
extension KernelVariant {
    /// y[b, c, t] = x[b, c, t]·scale[c] + shift[c], or x[b, c, t]·scale[c] when `shift` is nil;
    /// then + residual[b, c, t] when `residual` is given; then max(0, ·) (as v > 0 ? v : 0)
    /// when `rectify`: BatchNorm's normalisation, fused with the residual join and the ReLU
    /// that follow it, each step rounded as the separate layers round it.
    @inlinable @inline(__always)
    public static func scaleChannels(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, batch: Int,
        channels: Int, time: Int, scale: UnsafePointer<Float>, shift: UnsafePointer<Float>?,
        adding residual: UnsafePointer<Float>?, rectify: Bool
    ) {
        for b in 0..<batch {
            for c in 0..<channels {
                let base = (b &* channels &+ c) &* time
                let (source, target, a) = (x + base, y + base, scale[c])
                let s = shift?[c] ?? 0
                switch (shift != nil, residual.map { $0 + base }, rectify) {
                case (false, _, _):
                    for t in 0..<time { target[t] = source[t] * a }
                case (true, nil, false):
                    for t in 0..<time { target[t] = source[t] * a + s }
                case (true, nil, true):
                    for t in 0..<time {
                        let v = source[t] * a + s
                        target[t] = v > 0 ? v : 0
                    }
                case (true, let r?, false):
                    for t in 0..<time { target[t] = source[t] * a + s + r[t] }
                case (true, let r?, true):
                    for t in 0..<time {
                        let v = source[t] * a + s + r[t]
                        target[t] = v > 0 ? v : 0
                    }
                }
            }
        }
    }

    /// For c in `selected`: sums[c] = Σ_b Σ_t g[b, c, t] and, when `products` is given,
    /// products[c] = Σ_b Σ_t g[b, c, t]·z[b, c, t], where g = x, or with `mask`
    /// g = (mask > 0 ? x : 0) (the gradient through a ReLU whose output is `mask`): each row
    /// summed in Float as `sum` sums (16 lanes, then the lanes and the tail in order), the rows
    /// added in Double in batch order. The products' loop is written out here rather than
    /// called: the optimiser kept a called copy as a function of its own, which the
    /// instruction-set audit would find outside the kernel builds. Other channels' entries are
    /// left alone (disjoint `selected` ranges may be summed concurrently).
    @inlinable @inline(__always)
    public static func channelSums(
        _ x: UnsafePointer<Float>, mask: UnsafePointer<Float>?, times z: UnsafePointer<Float>?,
        batch: Int, channels: Int, time: Int, selected: Range<Int>,
        sums: UnsafeMutablePointer<Double>, products: UnsafeMutablePointer<Double>?
    ) {
        (sums + selected.lowerBound).update(repeating: 0, count: selected.count)
        (products.map { $0 + selected.lowerBound })?.update(repeating: 0, count: selected.count)
        for b in 0..<batch {
            for c in selected {
                let base = (b &* channels &+ c) &* time
                let (row, m) = (x + base, mask.map { $0 + base })
                guard let z, let products else {
                    sums[c] += Double(sum(row, mask: m, time))
                    continue
                }
                let zRow = UnsafeRawPointer(z + base)
                var (lanes, productLanes) = (SIMD16<Float>(), SIMD16<Float>())
                var i = 0
                while i &+ 16 <= time {
                    let g = masked(row, m, i)
                    lanes += g
                    productLanes +=
                        g * zRow.loadUnaligned(fromByteOffset: i &* 4, as: SIMD16<Float>.self)
                    i &+= 16
                }
                var (total, product) = (lanes.sum(), productLanes.sum())
                while i < time {
                    let g = masked(row, m, at: i)
                    total += g
                    product += g * z[base &+ i]
                    i &+= 1
                }
                sums[c] += Double(total)
                products[c] += Double(product)
            }
        }
    }

    /// For c in `selected`: squares[c] = Σ_b Σ_t (x[b, c, t] − centres[c])², each row summed in
    /// Float by `centredSquares`, the rows added in Double in batch order; other entries are
    /// left alone.
    @inlinable @inline(__always)
    public static func channelCentredSquares(
        _ x: UnsafePointer<Float>, batch: Int, channels: Int, time: Int, selected: Range<Int>,
        centres: UnsafePointer<Float>, squares: UnsafeMutablePointer<Double>
    ) {
        (squares + selected.lowerBound).update(repeating: 0, count: selected.count)
        for b in 0..<batch {
            for c in selected {
                let base = (b &* channels &+ c) &* time
                squares[c] += Double(centredSquares(x + base, time, centre: centres[c]))
            }
        }
    }

    /// BatchNorm's input gradient with batch statistics:
    /// dx[b, c, t] = scale[c]·(g − meanGradient[c] − (x − mean[c])·slope[c]), g = dy, or with
    /// `mask` g = (mask > 0 ? dy : 0) (through the ReLU whose output is `mask`).
    @inlinable @inline(__always)
    public static func normalisationGradient(
        x: UnsafePointer<Float>, dy: UnsafePointer<Float>, mask: UnsafePointer<Float>?,
        into dx: UnsafeMutablePointer<Float>, batch: Int, channels: Int, time: Int,
        scale: UnsafePointer<Float>, meanGradient: UnsafePointer<Float>,
        mean: UnsafePointer<Float>, slope: UnsafePointer<Float>
    ) {
        for b in 0..<batch {
            for c in 0..<channels {
                let base = (b &* channels &+ c) &* time
                let (a, g, mu, k) = (scale[c], meanGradient[c], mean[c], slope[c])
                let (xs, dys, dxs) = (x + base, dy + base, dx + base)
                if let mask {
                    let ys = mask + base
                    for t in 0..<time {
                        let gradient = dys[t]
                        let through = ys[t] > 0 ? gradient : 0
                        dxs[t] = a * (through - g - (xs[t] - mu) * k)
                    }
                } else {
                    for t in 0..<time { dxs[t] = a * (dys[t] - g - (xs[t] - mu) * k) }
                }
            }
        }
    }

    /// y[i] = max(0, x[i]) (as x > 0 ? x : 0, so −0 and NaN give +0).
    @inlinable @inline(__always)
    public static func rectify(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int
    ) {
        for i in 0..<count { y[i] = x[i] > 0 ? x[i] : 0 }
    }

    /// dx[i] = dy[i] where y[i] > 0, else 0: the ReLU's backward from its output y.
    @inlinable @inline(__always)
    public static func rectifierGradient(
        output y: UnsafePointer<Float>, dy: UnsafePointer<Float>,
        into dx: UnsafeMutablePointer<Float>, count: Int
    ) {
        // dy[i] is read whatever the sign: a load only where y > 0 is a masked load, which SSE2
        // lacks, and the baseline build would branch per element.
        for i in 0..<count {
            let gradient = dy[i]
            dx[i] = y[i] > 0 ? gradient : 0
        }
    }

    /// sum[i] = a[i] + b[i] (the join of a residual connection).
    @inlinable @inline(__always)
    public static func add(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        into sum: UnsafeMutablePointer<Float>, count: Int
    ) {
        for i in 0..<count { sum[i] = a[i] + b[i] }
    }

    /// target[i] += source[i].
    @inlinable @inline(__always)
    public static func accumulate(
        _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int
    ) {
        for i in 0..<count { target[i] += source[i] }
    }

    /// The convolution's output for a group of samples from its GEMM product:
    /// y[s, o, t] = product[o, (s − firstSample)·time + t] + bias[o] for the `samples` samples
    /// from `firstSample`, product rows `columns` = samples·time apart.
    @inlinable @inline(__always)
    public static func scatterAddingBias(
        _ product: UnsafePointer<Float>, bias: UnsafePointer<Float>, outChannels: Int,
        firstSample: Int, samples: Int, time: Int, into y: UnsafeMutablePointer<Float>
    ) {
        let columns = samples &* time
        for s in 0..<samples {
            for o in 0..<outChannels {
                let source = product + (o &* columns &+ s &* time)
                let target = y + ((firstSample &+ s) &* outChannels &+ o) &* time
                let b = bias[o]
                for t in 0..<time { target[t] = source[t] + b }
            }
        }
    }

    /// Adjoint of im2col for one sample (col2im): dx[c, t + j − padLeft] = Σ_j dcols[c·k + j, t]
    /// over the taps j whose position lies inside [0, time), dcols rows `ldc` apart; dx
    /// (inChannels, time) is overwritten. Taps are added in order j = 0, 1, …, k − 1.
    @inlinable @inline(__always)
    public static func col2im(
        _ dcols: UnsafePointer<Float>, ldc: Int, inChannels: Int, kernelSize: Int, padLeft: Int,
        time: Int, into dx: UnsafeMutablePointer<Float>
    ) {
        dx.update(repeating: 0, count: inChannels &* time)
        for c in 0..<inChannels {
            let target = dx + c &* time
            for j in 0..<kernelSize {
                let shift = j &- padLeft
                let row = dcols + (c &* kernelSize &+ j) &* ldc
                let first = max(0, -shift)
                let last = min(time, time &- shift)
                if first < last {
                    accumulate(row + first, into: target + (first &+ shift), count: last &- first)
                }
            }
        }
    }

    /// One Adam/AdamW step over `count` parameters (see `AdamStep` for the arithmetic).
    @inlinable @inline(__always)
    public static func adamStep(
        _ step: AdamStep, value: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>,
        first: UnsafeMutablePointer<Float>, second: UnsafeMutablePointer<Float>, count: Int
    ) {
        let (beta1, beta2) = (step.beta1, step.beta2)
        let (keep1, keep2) = (1 - beta1, 1 - beta2)
        let (rate, decay) = (step.learningRate, step.weightDecay)
        let shrink = 1 - rate * decay
        for i in 0..<count {
            var g = gradient[i]
            if decay != 0 {
                if step.decoupled {
                    value[i] *= shrink
                } else {
                    g += decay * value[i]
                }
            }
            first[i] = beta1 * first[i] + keep1 * g
            second[i] = beta2 * second[i] + keep2 * g * g
            // libm's sqrtf (correctly rounded, as squareRoot()), which the compiler turns into
            // the CPU's square root; Float.squareRoot() left a copy of the standard library's C
            // shim, built for each kernel build's instruction set, as a function of its own.
            // Without a libm (the embedded arm64 check of Arm64KernelTests), squareRoot().
            #if canImport(Glibc) || canImport(Darwin)
                let root = sqrtf(second[i])
            #else
                let root = second[i].squareRoot()
            #endif
            let denominator = root / step.correction2Root + step.epsilon
            value[i] -= step.stepSize * first[i] / denominator
        }
    }

    /// Σ p[i], i < count: 16 partial sums (i mod 16) added lane by lane, then the lanes and the
    /// tail in order, the same in every build.
    @inlinable @inline(__always)
    public static func sum(_ p: UnsafePointer<Float>, _ count: Int) -> Float {
        sum(p, mask: nil, count)
    }

    /// Σ g[i], i < count, g = p, or with `mask` g = (mask > 0 ? p : 0); summed as `sum`.
    @inlinable @inline(__always)
    public static func sum(
        _ p: UnsafePointer<Float>, mask: UnsafePointer<Float>?, _ count: Int
    ) -> Float {
        var lanes = SIMD16<Float>()
        var i = 0
        while i &+ 16 <= count {
            lanes += masked(p, mask, i)
            i &+= 16
        }
        var total = lanes.sum()
        while i < count {
            total += masked(p, mask, at: i)
            i &+= 1
        }
        return total
    }

    /// p[i ..< i+16], with lanes whose `mask` is not > 0 set to 0.
    @inlinable @inline(__always)
    static func masked(_ p: UnsafePointer<Float>, _ mask: UnsafePointer<Float>?, _ i: Int)
        -> SIMD16<Float>
    {
        let values = UnsafeRawPointer(p).loadUnaligned(
            fromByteOffset: i &* 4, as: SIMD16<Float>.self)
        guard let mask else { return values }
        let gate = UnsafeRawPointer(mask).loadUnaligned(
            fromByteOffset: i &* 4, as: SIMD16<Float>.self)
        return values.replacing(with: 0, where: .!(gate .> 0))
    }

    /// p[i], or 0 where `mask` is given and mask[i] is not > 0.
    @inlinable @inline(__always)
    static func masked(_ p: UnsafePointer<Float>, _ mask: UnsafePointer<Float>?, at i: Int)
        -> Float
    {
        guard let mask else { return p[i] }
        let value = p[i]
        return mask[i] > 0 ? value : 0
    }

    /// Σ (p[i] − centre)², i < count, summed as `sum`.
    @inlinable @inline(__always)
    public static func centredSquares(_ p: UnsafePointer<Float>, _ count: Int, centre: Float)
        -> Float
    {
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
