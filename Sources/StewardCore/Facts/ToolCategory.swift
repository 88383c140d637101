/// A kind of AI technology, as the union's AI use policy lists them (Seed 000, "Scope"; agentic from its "Definitions").
public enum ToolCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case machineLearning = "machine-learning"
    case deepLearning = "deep-learning"
    case nlp
    case computerVision = "computer-vision"
    case rpa
    case generative
    case agentic
    case analytics
}
