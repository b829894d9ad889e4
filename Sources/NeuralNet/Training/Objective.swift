/// A training objective: from the network output (batch, outputs) and the batch's targets
/// (batch, targetWidth), the loss and ∂loss/∂output (batch, outputs). Compose it from `Loss`
/// functions and `Tensor.slicingColumns` / `addColumns` for multi-part heads.
public typealias Objective = (_ output: Tensor, _ targets: Tensor) -> (
    value: Float, gradient: Tensor
)
