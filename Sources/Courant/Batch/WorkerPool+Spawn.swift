import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension WorkerPool {
    /// Starts `job` with `posix_spawn`: stdin from /dev/null, stdout and stderr to the job's log
    /// (or /dev/null), the environment inherited plus `COURANT_BATCH_PID` (see
    /// `WorkerLifeline`), so that a `courant run` worker dies with this process.
    static func spawn(_ job: WorkerJob) -> Result<pid_t, SpawnError> {
        guard access(job.executable, X_OK) == 0 else {
            return .failure(SpawnError(message: "\(job.executable): not an executable file"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let output = job.logPath ?? "/dev/null"
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([job.executable] + job.arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = [WorkerLifeline.environmentEntry]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if !text.hasPrefix(WorkerLifeline.environmentVariable + "=") {
                environment.append(text)
            }
            entry += 1
        }
        let envp = environment.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        // Workers start with no signal blocked and SIGINT/SIGTERM at their defaults, whatever
        // this process inherited, so that they can be stopped (see `WorkerLifeline`).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let code = posix_spawn(&pid, job.executable, &actions, &attributes, argv, envp)
        guard code == 0 else {
            return .failure(
                SpawnError(message: "\(job.executable): \(String(cString: strerror(code)))"))
        }
        return .success(pid)
    }
}
