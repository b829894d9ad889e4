extension FVMatrix {
    /// Sum of two terms: (A₁ + A₂)·φ − (b₁ + b₂).
    public static func + (a: FVMatrix, b: FVMatrix) -> FVMatrix {
        var sum = a
        sum += b
        return sum
    }

    /// Difference of two terms: (A₁ − A₂)·φ − (b₁ − b₂).
    public static func - (a: FVMatrix, b: FVMatrix) -> FVMatrix {
        var difference = a
        difference.add(b, scale: -1)
        return difference
    }

    /// Adds a term in place.
    public static func += (a: inout FVMatrix, b: FVMatrix) { a.add(b, scale: 1) }

    /// Adds `scale` times another term in place.
    public mutating func add(_ other: FVMatrix, scale: Double) {
        for i in diag.indices {
            diag[i] += scale * other.diag[i]
            source[i] += scale * other.source[i]
        }
        for f in upper.indices {
            upper[f] += scale * other.upper[f]
            lower[f] += scale * other.lower[f]
        }
    }

    /// Moves an explicit, volume-integrated source S (nCells) to the right-hand side: the
    /// equation A·φ = b + S, i.e. the term A·φ − b reads `matrix == S`.
    public mutating func addSource(_ explicitSource: [Double]) {
        for i in source.indices { source[i] += explicitSource[i] }
    }

    /// A·φ on `mesh` (nCells), the LDU product: diagonal then one pass over internal faces.
    public func multiply(_ phi: [Double], on mesh: Mesh) -> [Double] {
        var product = [Double](repeating: 0, count: phi.count)
        multiply(phi, into: &product, owner: mesh.owner, neighbour: mesh.neighbour)
        return product
    }

    /// A·φ into `product` (nCells); the fast kernel behind `multiply(_:on:)`.
    public func multiply(
        _ phi: [Double], into product: inout [Double], owner: [Int], neighbour: [Int]
    ) {
        diag.withUnsafeBufferPointer { d in
            upper.withUnsafeBufferPointer { u in
                lower.withUnsafeBufferPointer { l in
                    phi.withUnsafeBufferPointer { x in
                        owner.withUnsafeBufferPointer { o in
                            neighbour.withUnsafeBufferPointer { n in
                                product.withUnsafeMutableBufferPointer { y in
                                    for c in 0..<d.count { y[c] = d[c] * x[c] }
                                    for f in 0..<n.count {
                                        let p = o[f]
                                        let q = n[f]
                                        y[p] += u[f] * x[q]
                                        y[q] += l[f] * x[p]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The dense n×n matrix (row-major, A[row·n + column]): the naive reference for tests
    /// and the dense direct solver.
    public func dense(on mesh: Mesh) -> [Double] {
        let n = mesh.nCells
        var a = [Double](repeating: 0, count: n * n)
        for c in 0..<n { a[c * n + c] = diag[c] }
        for f in 0..<mesh.nInternalFaces {
            a[mesh.owner[f] * n + mesh.neighbour[f]] += upper[f]
            a[mesh.neighbour[f] * n + mesh.owner[f]] += lower[f]
        }
        return a
    }
}
