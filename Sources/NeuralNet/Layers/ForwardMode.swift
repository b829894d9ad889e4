/// Whether a forward pass trains (batch statistics, dropout on, running statistics updated)
/// or infers (running statistics, dropout off).
public enum ForwardMode: Sendable {
    /// Training pass.
    case training
    /// Inference pass.
    case inference
}
