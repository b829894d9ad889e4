/// Weight initialisation used by `Linear` and `Conv1d`: PyTorch's default, Kaiming-uniform with
/// a = √5, which for both weight and bias is U(−1/√fanIn, 1/√fanIn).
enum Initialisation {
    /// `count` draws from U(−1/√fanIn, 1/√fanIn).
    static func uniform(count: Int, fanIn: Int, rng: inout SplitMix64) -> [Float] {
        let bound = 1 / Float(fanIn).squareRoot()
        return (0..<count).map { _ in rng.nextUniform(in: -bound..<bound) }
    }
}
