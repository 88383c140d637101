import Testing

@testable import StewardServer

@Suite("Processors the server may run on")
struct ProcessorAffinityTests {
    @Test("a processor list is counted", arguments: [
        ("0", 1), ("0-1", 2), ("0,2-3", 3), ("1,3,5-7", 5), ("0-63", 64),
    ])
    func counted(list: String, count: Int) {
        #expect(ProcessorAffinity.count(inList: list) == count)
    }

    @Test("text that is no processor list counts nothing", arguments: ["", "a", "3-1", "0-", "-2", "0,,x", "1-2-3"])
    func notAList(list: String) {
        #expect(ProcessorAffinity.count(inList: list) == nil)
    }

    @Test("this process may run on at least one processor")
    func thisProcess() throws {
        let count = try #require(ProcessorAffinity.count)
        #expect(count >= 1)
    }
}
