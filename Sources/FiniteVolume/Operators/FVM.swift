/// Implicit finite-volume operators: each returns an `FVMatrix`, the term's contribution to
/// A·φ − b integrated over every cell (OpenFOAM's `fvm::`).
public enum FVM {}
