/// GEMM panel packers that read the implicit matrices of a convolution straight from the
/// (batch, channels, time) tensors, for the group of samples `shape` names (see
/// `ConvolutionShape` for the column order and the im2col matrix X).
extension KernelVariant {
    /// B = X: X[(c, j), (s, t)] = x[s, c, t + j − padLeft] (0 outside), packed for
    /// `patchRows` × `columns` into `RegisterTile.columns`-wide slivers laid out (depth, nr).
    @inlinable @inline(__always)
    public static func packPatches(
        _ shape: ConvolutionShape, x: UnsafePointer<Float>, patchRows: Range<Int>,
        columns: Range<Int>, into packed: UnsafeMutablePointer<Float>
    ) {
        let nr = RegisterTile.columns
        let time = shape.time
        var out = packed
        for sliver in stride(from: columns.lowerBound, to: columns.upperBound, by: nr) {
            let width = min(nr, columns.upperBound - sliver)
            for p in patchRows {
                let (c, j) = p.quotientAndRemainder(dividingBy: shape.kernelSize)
                let shift = j - shape.padLeft
                let row = out + (p - patchRows.lowerBound) &* nr
                var filled = 0
                while filled < width {
                    let (sample, t) = (sliver + filled).quotientAndRemainder(dividingBy: time)
                    let run = min(width - filled, time - t)
                    let source = x + ((shape.firstSample + sample) * shape.inChannels + c) * time
                    // Positions t + shift + r for r < run; valid where inside [0, time).
                    let low = min(run, max(0, -(t + shift)))
                    let high = max(low, min(run, time - (t + shift)))
                    if low == 0 && high == nr {
                        copySliverRow(from: source + (t + shift), to: row)
                        break
                    }
                    for r in 0..<low { row[filled &+ r] = 0 }
                    for r in low..<high { row[filled &+ r] = source[t &+ shift &+ r] }
                    for r in high..<run { row[filled &+ r] = 0 }
                    filled += run
                }
                for r in width..<nr { row[r] = 0 }
            }
            out += patchRows.count * nr
        }
    }

    /// B = Xᵀ: Xᵀ[(s, t), (c, j)] = x[s, c, t + j − padLeft], packed for `columns` (depth, the
    /// (s, t) axis) × `patchRows` into `RegisterTile.columns`-wide slivers laid out (depth, nr).
    @inlinable @inline(__always)
    public static func packPatchesTransposed(
        _ shape: ConvolutionShape, x: UnsafePointer<Float>, columns: Range<Int>,
        patchRows: Range<Int>, into packed: UnsafeMutablePointer<Float>
    ) {
        let nr = RegisterTile.columns
        let (time, kernelSize, padLeft) = (shape.time, shape.kernelSize, shape.padLeft)
        var out = packed
        // (nr) per sliver column (c, j): offset c·time + j − padLeft and shift j − padLeft.
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: nr)
        let shifts = UnsafeMutablePointer<Int>.allocate(capacity: nr)
        defer {
            offsets.deallocate()
            shifts.deallocate()
        }
        // Times whose whole receptive field lies inside [0, time) need no bounds test.
        let interior = padLeft..<max(padLeft, time - (kernelSize - 1 - padLeft))
        for sliver in stride(from: patchRows.lowerBound, to: patchRows.upperBound, by: nr) {
            let width = min(nr, patchRows.upperBound - sliver)
            for r in 0..<width {
                let (c, j) = (sliver + r).quotientAndRemainder(dividingBy: kernelSize)
                shifts[r] = j - padLeft
                offsets[r] = c * time + shifts[r]
            }
            for q in columns {
                let (sample, t) = q.quotientAndRemainder(dividingBy: time)
                let source = x + (shape.firstSample + sample) * shape.inChannels * time + t
                let row = out + (q - columns.lowerBound) &* nr
                if interior.contains(t) {
                    for r in 0..<width { row[r] = source[offsets[r]] }
                } else {
                    for r in 0..<width {
                        let position = t &+ shifts[r]
                        row[r] = position >= 0 && position < time ? source[offsets[r]] : 0
                    }
                }
                for r in width..<nr { row[r] = 0 }
            }
            out += columns.count * nr
        }
    }

    /// B = ∂Y: ∂Y[o, (s, t)] = dy[s, o, t], packed for `outputs` (depth) × `columns` into
    /// `RegisterTile.columns`-wide slivers laid out (depth, nr).
    @inlinable @inline(__always)
    public static func packOutputGradient(
        _ shape: ConvolutionShape, dy: UnsafePointer<Float>, outputs: Range<Int>,
        columns: Range<Int>, into packed: UnsafeMutablePointer<Float>
    ) {
        let nr = RegisterTile.columns
        let time = shape.time
        var out = packed
        for sliver in stride(from: columns.lowerBound, to: columns.upperBound, by: nr) {
            let width = min(nr, columns.upperBound - sliver)
            for o in outputs {
                let row = out + (o - outputs.lowerBound) &* nr
                var filled = 0
                while filled < width {
                    let (sample, t) = (sliver + filled).quotientAndRemainder(dividingBy: time)
                    let run = min(width - filled, time - t)
                    let source =
                        dy + ((shape.firstSample + sample) * shape.outChannels + o) * time + t
                    if run == nr {
                        copySliverRow(from: source, to: row)
                        break
                    }
                    for r in 0..<run { row[filled &+ r] = source[r] }
                    filled += run
                }
                for r in width..<nr { row[r] = 0 }
            }
            out += outputs.count * nr
        }
    }

    /// A = ∂Y: rows `outputs`, depth `columns` (the (s, t) axis), into `RegisterTile.rows`-tall
    /// slivers laid out (depth, mr).
    @inlinable @inline(__always)
    public static func packOutputGradientRows(
        _ shape: ConvolutionShape, dy: UnsafePointer<Float>, outputs: Range<Int>,
        columns: Range<Int>, into packed: UnsafeMutablePointer<Float>
    ) {
        let mr = RegisterTile.rows
        let time = shape.time
        var out = packed
        for sliver in stride(from: outputs.lowerBound, to: outputs.upperBound, by: mr) {
            let height = min(mr, outputs.upperBound - sliver)
            for i in 0..<mr {
                guard i < height else {
                    for q in 0..<columns.count { out[q &* mr &+ i] = 0 }
                    continue
                }
                var q = 0
                while q < columns.count {
                    let (sample, t) = (columns.lowerBound + q).quotientAndRemainder(
                        dividingBy: time)
                    let run = min(columns.count - q, time - t)
                    let channel = (shape.firstSample + sample) * shape.outChannels + sliver + i
                    let source = dy + channel * time + t
                    for r in 0..<run { out[(q &+ r) &* mr &+ i] = source[r] }
                    q += run
                }
            }
            out += columns.count * mr
        }
    }

    /// Copies one full packed row (`RegisterTile.columns` = 32 floats) with two 16-lane moves.
    @inlinable @inline(__always)
    static func copySliverRow(
        from source: UnsafePointer<Float>, to row: UnsafeMutablePointer<Float>
    ) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(row)
        to.storeBytes(of: from.loadUnaligned(as: SIMD16<Float>.self), as: SIMD16<Float>.self)
        to.storeBytes(
            of: from.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self), toByteOffset: 64,
            as: SIMD16<Float>.self)
    }
}
