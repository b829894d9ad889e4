import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension WorkerPool {
    /// Starts `job` with `posix_spawn`: stdin from /dev/null, stdout and stderr to the job's log
    /// (or /dev/null), the environment inherited.
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
        var pid: pid_t = 0
        let code = posix_spawn(&pid, job.executable, &actions, nil, argv, environ)
        guard code == 0 else {
            return .failure(
                SpawnError(message: "\(job.executable): \(String(cString: strerror(code)))"))
        }
        return .success(pid)
    }
}
