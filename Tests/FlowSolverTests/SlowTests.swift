/// Validation runs take tens of seconds in release and many minutes in debug: they run only
/// in optimised builds (CI runs `swift test -c release`).
#if DEBUG
    let isOptimisedBuild = false
#else
    let isOptimisedBuild = true
#endif
