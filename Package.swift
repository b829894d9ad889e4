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

/// The GEMM micro-kernel is written for AVX-512 with fused multiply-add: the machines Courant is
/// built and benchmarked on (AMD Zen 4) have it, and the default x86-64 baseline (SSE2) runs the
/// network 4-6x slower. Elsewhere the portable code path is compiled.
#if arch(x86_64)
    let neuralNetSettings =
        numericSettings + [
            .unsafeFlags(["-Xcc", "-march=x86-64-v4"]),
            .define("NEURALNET_FMA"),
        ]
#else
    let neuralNetSettings = numericSettings
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

        // Numerics, in dependency order.
        .target(name: "FiniteVolume", swiftSettings: numericSettings),
        .target(
            name: "LinearSolvers", dependencies: ["FiniteVolume"],
            swiftSettings: numericSettings),
        .target(
            name: "FlowSolver", dependencies: ["FiniteVolume", "LinearSolvers"],
            swiftSettings: numericSettings),
        .target(name: "Monitoring", dependencies: ["FlowSolver"]),

        // Data and learning.
        .target(name: "RunHistory", dependencies: ["CSQLite"]),
        .target(name: "NeuralNet", swiftSettings: neuralNetSettings),
        .target(name: "Surrogate", dependencies: ["NeuralNet", "RunHistory"]),

        // User interface and wiring.
        .target(name: "CommandShell", dependencies: ["CReadline"]),
        .target(
            name: "Courant",
            dependencies: [
                "FiniteVolume", "LinearSolvers", "FlowSolver", "Monitoring", "RunHistory",
                "NeuralNet", "Surrogate", "CommandShell", "CMalloc",
            ]),
        .executableTarget(
            name: "courant",
            dependencies: [
                "Courant", "CommandShell", "RunHistory", "NeuralNet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
        .testTarget(name: "RunHistoryTests", dependencies: ["RunHistory"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet"]),
        .testTarget(name: "SurrogateTests", dependencies: ["Surrogate"]),
        .testTarget(name: "CommandShellTests", dependencies: ["CommandShell"]),
        .testTarget(
            name: "CourantTests",
            dependencies: [
                "Courant", "CommandShell", "Monitoring", "RunHistory", "FlowSolver", "Surrogate",
            ]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["Courant", "CommandShell", "RunHistory"]),
    ]
)
