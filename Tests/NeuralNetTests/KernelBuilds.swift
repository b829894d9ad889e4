import NeuralNet
import Testing

/// Runs test bodies with each kernel build (`InstructionSet`) this CPU can run.
enum KernelBuilds {
    /// Runs `body` with the kernels of `instructionSet`, or cancels the test case (reported as
    /// skipped, with the reason) when this CPU cannot run them.
    static func with<Result>(_ instructionSet: InstructionSet, _ body: () throws -> Result)
        throws -> Result
    {
        guard KernelDispatch.supported.contains(instructionSet) else {
            try Test.cancel("this CPU cannot run the \(instructionSet.summary) kernels")
        }
        return try KernelDispatch.using(instructionSet, body)
    }
}
