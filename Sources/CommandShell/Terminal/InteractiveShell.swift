/// The interactive front end in one call: Ctrl-C handling, a readline editor with history and
/// Tab completion over `root`, and the command loop. For `courant` with no journal on a
/// terminal; when standard input is not a terminal use `BatchRunner.runStandardInput`.
public enum InteractiveShell {
    /// Runs the REPL until Ctrl-D, an exit command, or (with `exitOnError`) an error.
    /// `configure` may adjust the session before the first prompt (options, transcript,
    /// recorder); the session is also the one commands receive in `CommandCall.session`.
    public static func run(
        root: MenuNode, output: any ShellOutput = StandardOutput(),
        historyPath: String = ReadlineEditor.defaultHistoryPath, historyLimit: Int = 1000,
        configure: (ShellSession) -> Void = { _ in }
    ) -> CommandLoop.Outcome {
        SignalHandling.install()
        let editor = ReadlineEditor(historyPath: historyPath, historyLimit: historyLimit)
        let session = ShellSession(
            root: root, output: output, input: editor,
            options: BatchOptions(exitOnError: false))
        editor.completeFrom(session)
        session.listingWidth = { editor.screenColumns }
        configure(session)
        return CommandLoop.run(session)
    }
}
