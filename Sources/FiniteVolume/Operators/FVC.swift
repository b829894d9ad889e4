/// Explicit finite-volume calculus: each returns a field evaluated from current values
/// (OpenFOAM's `fvc::`).
public enum FVC {}
