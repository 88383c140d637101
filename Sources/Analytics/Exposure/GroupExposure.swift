/// The exposure of a set of people (a classification, a local, a unit or the organization) and how many they are.
public struct GroupExposure: Hashable, Sendable, Codable {
    /// The classification's title, or the name of the local or unit.
    public var name: String
    /// How many people the scores stand for.
    public var headcount: Int
    /// Their exposure: for a group, the mean of its classifications' scores weighted by headcount.
    public var scores: ExposureScores

    /// Creates a group's exposure.
    public init(name: String, headcount: Int, scores: ExposureScores) {
        self.name = name
        self.headcount = headcount
        self.scores = scores
    }
}
