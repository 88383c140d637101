import Foundation
import Testing

@testable import StewardServer

@Suite("Identifiers in the order of time")
struct TimeOrderedIDTests {
    /// The identifier's sixteen bytes.
    private func bytes(_ id: UUID) -> [UInt8] { withUnsafeBytes(of: id.uuid) { Array($0) } }

    @Test("an identifier carries its millisecond, version 7 and the RFC's variant")
    func layout() {
        let date = Date(timeIntervalSince1970: 1_764_662_400.123_9)
        let id = UUID(timeOrderedAt: date)
        let raw = bytes(id)
        let millis = raw[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(millis == 1_764_662_400_123)
        #expect(raw[6] >> 4 == 7)
        #expect(raw[8] >> 6 == 0b10)
        #expect(id.uuidString.dropFirst(14).first == "7")
    }

    @Test("identifiers of later milliseconds sort after earlier ones, as bytes and as text; those of one differ")
    func ordered() {
        let start = Date(timeIntervalSince1970: 1_764_662_400)
        let ids = (0..<200).map { UUID(timeOrderedAt: start.addingTimeInterval(Double($0) / 100)) }
        let texts = ids.map(\.uuidString)
        #expect(texts == texts.sorted())
        #expect(ids.map(bytes).elementsEqual(ids.map(bytes).sorted { $0.lexicographicallyPrecedes($1) }))
        let same = (0..<100).map { _ in UUID(timeOrderedAt: start) }
        #expect(Set(same).count == 100)
    }

    @Test("a date before 1970 gives the first millisecond rather than failing")
    func beforeEpoch() {
        let raw = bytes(UUID(timeOrderedAt: Date(timeIntervalSince1970: -5)))
        #expect(raw[0..<6].allSatisfy { $0 == 0 })
    }
}
