import CMalloc

/// Process-wide allocator settings for solver runs (glibc only; elsewhere nothing changes).
///
/// The solver assembles its matrices and work vectors afresh every outer iteration: tens of
/// arrays of 0.1–1 MB each on a 257² mesh. With glibc's defaults, freeing them leaves more than
/// the trim threshold free at the top of the heap, which is handed back to the kernel, and the
/// next iteration page-faults the same memory back in. Measured with `courant benchmark solver`
/// on a 2-core machine: that churn was 17–20 % of the run time (µs per iteration and cell, 65²:
/// 0.73 → 0.60; 129²: 0.86 → 0.71; 257²: 1.32 → 1.06), with the same peak resident memory,
/// since the kept pages are the ones the next iteration reuses.
public enum HeapReuse {
    /// Blocks below this many bytes come from the heap, not from a fresh `mmap` each (32 MiB:
    /// every per-iteration array of a mesh up to ~4 million cells).
    public static let mmapThreshold: Int32 = 32 << 20
    /// Free memory at the top of the heap is returned to the kernel only beyond this many bytes
    /// (1 GiB).
    public static let trimThreshold: Int32 = 1 << 30

    /// Keeps freed solver memory in the process for the next iteration. Call once, at start-up,
    /// before any large allocation; returns whether the allocator accepted both settings.
    @discardableResult
    public static func keepFreedMemoryForReuse() -> Bool {
        #if os(Linux)
            return mallopt(M_MMAP_THRESHOLD, mmapThreshold) == 1
                && mallopt(M_TRIM_THRESHOLD, trimThreshold) == 1
        #else
            return false
        #endif
    }
}
