/// The repository's folder of case meshes, found from this file's path.
let shippedMeshes =
    "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/") + "/cases/meshes"

#if DEBUG
    /// Whether the tests run optimised (the flow tests are skipped in debug builds).
    let isOptimisedBuild = false
#else
    let isOptimisedBuild = true
#endif
