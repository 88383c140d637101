/// How exposed a task is to large language models, on the rubric of Eloundou, Manning, Mishkin and Rock,
/// "GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models" (Science, 2024;
/// arXiv 2303.10130, section 3.1 and appendix A).
///
/// Exposure is not displacement: the authors treat it as a proxy for potential impact that does not tell whether
/// the work would be augmented or replaced.
public enum ExposureRating: String, CaseIterable, Hashable, Sendable, Codable {
    /// No exposure: an LLM would not cut the time the task takes by half at equal quality.
    case e0 = "E0"
    /// Direct exposure: an LLM alone (such as ChatGPT) would cut the task's time by at least half at equal quality.
    case e1 = "E1"
    /// Exposure through software built on an LLM, which would cut the task's time by at least half.
    case e2 = "E2"
}
