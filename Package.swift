// swift-tools-version:6.1
// Courant: a Fluent-style steady finite-volume solver, its convergence monitors,
// a run-history store and a ResNet surrogate that predicts convergence.
// Layout and dependency direction: see docs/architecture.md.
import PackageDescription

/// Hot numeric kernels are compiled without exclusivity checks; bounds checks stay
/// (they are removed locally with unsafe buffer pointers where a benchmark shows it pays).
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
    .define("COURANT_CHECKS", .when(configuration: .debug)),
]

/// The network's hot loops (NeuralNetKernels) are compiled three times: for the x86-64 baseline
/// (SSE2) in NeuralNetKernels itself, and in one small module per instruction set, each the only
/// code built for it; NeuralNet picks one at start-up from CPUID (KernelDispatch). Everything
/// else, the solver included, is built for the baseline, so the binary runs on any x86-64 CPU.
/// SwiftPM has no per-architecture condition: `#if arch` here tests the machine building, so a
/// native arm64 build gets only the portable kernels (the variant modules compile empty there).
#if arch(x86_64)
    let avx512Settings = numericSettings + [.unsafeFlags(["-Xcc", "-march=x86-64-v4"])]
    let avx2Settings = numericSettings + [.unsafeFlags(["-Xcc", "-march=x86-64-v3"])]
#else
    let avx512Settings = numericSettings
    let avx2Settings = numericSettings
#endif

let package = Package(
    name: "Courant",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "courant", targets: ["courant"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // System libraries: the only code that touches C APIs.
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CProcess"),
        // CPUID and XGETBV, which Swift cannot issue (no inline assembly, no intrinsic).
        .target(name: "CCPUID"),

        // Numerics, in dependency order.
        .target(name: "FiniteVolume", swiftSettings: numericSettings),
        .target(
            name: "LinearSolvers", dependencies: ["FiniteVolume"],
            swiftSettings: numericSettings),
        .target(
            name: "FlowSolver", dependencies: ["FiniteVolume", "LinearSolvers"],
            swiftSettings: numericSettings),
        .target(name: "Monitoring", dependencies: ["FlowSolver"]),

        // Mesh files in (Gmsh, Fluent): bytes to a MeshDescription.
        .target(name: "MeshImport", dependencies: ["FiniteVolume"]),

        // Data and learning.
        .target(name: "RunHistory", dependencies: ["CSQLite"]),
        .target(name: "NeuralNetKernels", swiftSettings: numericSettings),
        .target(
            name: "NeuralNetKernelsAVX512", dependencies: ["NeuralNetKernels"],
            swiftSettings: avx512Settings),
        .target(
            name: "NeuralNetKernelsAVX2", dependencies: ["NeuralNetKernels"],
            swiftSettings: avx2Settings),
        .target(
            name: "NeuralNet",
            dependencies: [
                "NeuralNetKernels", "NeuralNetKernelsAVX512", "NeuralNetKernelsAVX2", "CCPUID",
            ],
            swiftSettings: numericSettings),
        .target(name: "Surrogate", dependencies: ["NeuralNet", "RunHistory"]),

        // User interface and wiring.
        .target(name: "CommandShell", dependencies: ["CReadline"]),
        .target(
            name: "Courant",
            dependencies: [
                "FiniteVolume", "LinearSolvers", "FlowSolver", "Monitoring", "RunHistory",
                "NeuralNet", "Surrogate", "CommandShell", "CMalloc", "CProcess", "MeshImport",
            ]),
        // The issue-15 validation cases on the shipped meshes (`courant validate`, tests).
        .target(
            name: "CaseValidation", dependencies: ["MeshImport", "FlowSolver", "FiniteVolume"]),
        .executableTarget(
            name: "courant",
            dependencies: [
                "Courant", "CommandShell", "RunHistory", "NeuralNet", "CaseValidation",
                "FlowSolver", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Tests: one target per module, plus end-to-end replays of cases/.
        // Unstructured test meshes (tetrahedra, mixed cells, perturbed boxes) for the numerics
        // tests; test-only, never linked into the executable.
        .target(
            name: "MeshTestSupport", dependencies: ["FiniteVolume"],
            path: "Tests/MeshTestSupport"),
        .testTarget(
            name: "FiniteVolumeTests", dependencies: ["FiniteVolume", "MeshTestSupport"]),
        .testTarget(
            name: "LinearSolversTests", dependencies: ["LinearSolvers", "MeshTestSupport"]),
        .testTarget(name: "FlowSolverTests", dependencies: ["FlowSolver", "MeshTestSupport"]),
        .testTarget(
            name: "MonitoringTests", dependencies: ["Monitoring", "FlowSolver", "FiniteVolume"]),
        .testTarget(
            name: "MeshImportTests", dependencies: ["MeshImport", "FiniteVolume"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "CaseValidationTests",
            dependencies: ["CaseValidation", "FlowSolver", "FiniteVolume"]),
        .testTarget(name: "RunHistoryTests", dependencies: ["RunHistory"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "NeuralNetKernels"]),
        .testTarget(name: "SurrogateTests", dependencies: ["Surrogate"]),
        .testTarget(name: "CommandShellTests", dependencies: ["CommandShell"]),
        .testTarget(
            name: "CourantTests",
            dependencies: [
                "Courant", "CommandShell", "Monitoring", "RunHistory", "FlowSolver", "Surrogate",
                "NeuralNet",
            ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Courant", "CommandShell", "RunHistory", "NeuralNet"]),
    ]
)

// hypre's BoomerAMG, for the pressure-solver comparison only: declared when COURANT_HYPRE is
// set (`scripts/hypre-benchmark` builds it in its own scratch path), so the default build and
// tests neither need libhypre-dev nor build it. It reads the Matrix Market files written by
// `courant benchmark pressure --write DIR` and depends on nothing else here.
if Context.environment["COURANT_HYPRE"] != nil {
    package.targets += [
        .systemLibrary(name: "CHypre", path: "Benchmarks/CHypre", pkgConfig: "ompi"),
        .executableTarget(
            name: "hypre-benchmark", dependencies: ["CHypre"], path: "Benchmarks/hypre-benchmark",
            // Debian installs hypre's headers in their own folder and ships no .pc file.
            swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/hypre"])]),
    ]
    package.products.append(.executable(name: "hypre-benchmark", targets: ["hypre-benchmark"]))
}
