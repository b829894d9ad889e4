import Foundation
import RunHistory

/// A fresh directory under the system temporary directory for one test's files.
struct ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "courant-history-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A residual history that depends only on the iteration, so a reader can check every value.
enum SyntheticHistory {
    static let equations = ["continuity", "x-velocity", "y-velocity", "energy"]

    static func sample(_ iteration: Int) -> IterationSample {
        let decay = pow(10, -Double(iteration) / 40)
        let residuals = equations.enumerated().map { index, name in
            ResidualSample(
                equation: name, unscaled: decay * Double(index + 1) * 3.7e-3,
                scaled: decay * (1 + 0.1 * Double(index)),
                normalised: decay / (1 + Double(index)) + 1e-17)
        }
        return IterationSample(
            iteration: iteration, residuals: residuals,
            reports: [
                ReportSample(name: "cd-lid", value: 0.25 + 1 / Double(iteration)),
                ReportSample(name: "vortex-x", value: 0.5313 - decay * 1e-2),
            ])
    }

    static func description(
        parameters: [String: String] = ["Re": "100", "cells": "33"], caseName: String = "cavity",
        startTime: Double = ProcessIdentity.now()
    ) -> RunDescription {
        RunDescription(
            caseName: caseName,
            journal: "; cavity\n/define/parameters Re 100\n/solve/iterate 500\n",
            parameters: parameters, settings: ["/solve/set/under-relaxation/pressure": "0.3"],
            criteria: [
                ResidualCriterion(equation: "continuity", value: 1e-3),
                ResidualCriterion(equation: "x-velocity", value: 1e-3),
            ],
            courantVersion: "0.1.0-test", startTime: startTime)
    }

    /// Logs `iterations` synthetic iterations as one finished run and returns its id.
    static func logRun(
        in database: HistoryDatabase, iterations: Int, status: RunStatus = .converged,
        description: RunDescription = description()
    ) throws -> Int64 {
        let logger = try database.beginRun(description, commitPolicy: CommitPolicy(iterations: 25))
        for iteration in 1...iterations { try logger.append(sample(iteration)) }
        try logger.finish(status: status, convergedAt: status == .converged ? iterations : nil)
        return logger.runID
    }
}
