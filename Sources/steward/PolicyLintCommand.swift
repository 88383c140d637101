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
            } catch let failure as PolicyFiles.Failure {
                print(failure)
                problemCount += 1
            } catch let error as PolicyPackError {
                for problem in error.allProblems { print(problem) }
                problemCount += error.allProblems.count
            }
        }
        guard problemCount == 0 else {
            print("\(count(problemCount, "problem")) in \(count(files.count, "file"))")
            throw ExitCode.failure
        }
        print("\(count(files.count, "pack")), \(count(ruleCount, "rule")): no problems")
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
