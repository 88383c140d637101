import ArgumentParser
import PolicyEngine

/// `steward policy lint FILE…`: every problem in every pack, each with file, line, column and rule id.
struct PolicyLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check policy pack files; print every problem and exit 1 if there is one."
    )

    @Argument(help: "The pack files (YAML) to check.")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one pack file") }
    }

    func run() throws {
        var problemCount = 0
        var ruleCount = 0
        for file in files {
            do {
                ruleCount += try PolicyFiles.pack(file).rules.count
            } catch let error as PolicyPackError {
                for problem in error.allProblems { print(problem) }
                problemCount += error.allProblems.count
            }
        }
        guard problemCount == 0 else {
            print(
                "\(problemCount) problem\(problemCount == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")"
            )
            throw ExitCode.failure
        }
        print("\(files.count) pack\(files.count == 1 ? "" : "s"), \(ruleCount) rules: no problems")
    }
}
