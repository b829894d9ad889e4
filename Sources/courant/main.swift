import ArgumentParser
import Courant
import Foundation
import NeuralNet

HeapReuse.keepFreedMemoryForReuse()
// The network kernels are chosen here, once, before any command runs; a COURANT_ISA request
// that cannot be met is said once.
if let warning = KernelDispatch.selection.warning {
    FileHandle.standardError.write(Data("courant: \(warning)\n".utf8))
}
CourantCommand.main()
