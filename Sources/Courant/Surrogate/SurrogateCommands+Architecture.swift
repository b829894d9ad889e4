import Foundation
import NeuralNet
import Surrogate

/// `courant surrogate train`'s architecture options, as given, and the network they choose.
extension SurrogateCommands {
    /// `--blocks N --block basic|bottleneck --width W --kernels K,… --plain
    /// --zero-init-last-norm`; nil or false: not given.
    public struct ArchitectureArguments: Sendable, Equatable {
        /// `--blocks`.
        public var blocks: Int?
        /// `--block`.
        public var design: String?
        /// `--width`.
        public var width: Int?
        /// `--kernels`, comma-separated.
        public var kernels: String?
        /// `--plain`.
        public var plain: Bool
        /// `--zero-init-last-norm`.
        public var zeroInitialisedLastNorm: Bool

        /// Arguments as parsed.
        public init(
            blocks: Int? = nil, design: String? = nil, width: Int? = nil, kernels: String? = nil,
            plain: Bool = false, zeroInitialisedLastNorm: Bool = false
        ) {
            self.blocks = blocks
            self.design = design
            self.width = width
            self.kernels = kernels
            self.plain = plain
            self.zeroInitialisedLastNorm = zeroInitialisedLastNorm
        }

        /// Whether any option was given.
        public var isEmpty: Bool { self == ArchitectureArguments() }

        /// The network they choose, the shipped one's choices where nothing is given; throws a
        /// one-line error naming the option that makes no network.
        public func architecture() throws(SurrogateError) -> SurrogateArchitecture {
            var choice = SurrogateArchitecture()
            if let design {
                guard let chosen = ResidualBlockDesign(rawValue: design) else {
                    let names = ResidualBlockDesign.allCases.map(\.rawValue)
                    throw .architecture(
                        "--block \(design): expected " + names.joined(separator: " or "))
                }
                choice.design = chosen
                choice.kernelSizes = SurrogateArchitecture.defaultKernelSizes(for: chosen)
            }
            if let kernels {
                let sizes = kernels.split(separator: ",", omittingEmptySubsequences: false).map {
                    Int($0.trimmingCharacters(in: .whitespaces))
                }
                guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                    throw .architecture(
                        "--kernels \(kernels): expected sizes of at least 1 separated by commas, "
                            + "e.g. 7,5,3")
                }
                choice.kernelSizes = sizes.compactMap { $0 }
            }
            if let blocks { choice.blocks = blocks }
            if let width { choice.width = width }
            choice.shortcuts = !plain
            choice.zeroInitialisedLastNorm = zeroInitialisedLastNorm
            if let problem = choice.problem { throw .architecture(problem) }
            return choice
        }
    }
}
