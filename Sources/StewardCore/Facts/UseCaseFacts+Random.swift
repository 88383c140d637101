extension UseCaseFacts {
    /// A use case with facts drawn at random from the whole vocabulary: each set value and each boolean fact with
    /// the given chance, and every one-of fact and the tier uniformly.
    ///
    /// Used to test properties of policy decisions over many use cases and to measure the policy engine; pass a
    /// seeded generator to get the same use cases every time.
    ///
    /// ```swift
    /// var generator = SystemRandomNumberGenerator()
    /// let facts = UseCaseFacts.random(using: &generator)
    /// ```
    public static func random(
        using generator: inout some RandomNumberGenerator, chance: Double = 0.25
    ) -> UseCaseFacts {
        func subset<Value: CaseIterable & Hashable>(_: Value.Type) -> Set<Value> {
            Set(Value.allCases.filter { _ in Double.random(in: 0..<1, using: &generator) < chance })
        }
        func one<Value: CaseIterable>(_: Value.Type) -> Value where Value.AllCases == [Value] {
            Value.allCases[Int.random(in: 0..<Value.allCases.count, using: &generator)]
        }
        return UseCaseFacts(
            categories: subset(ToolCategory.self), purposes: subset(Purpose.self),
            dataCategories: subset(DataCategory.self), tier: one(Tier.self), scope: one(Scope.self),
            hosting: one(Hosting.self), decisionRole: one(DecisionRole.self), flags: subset(BooleanFact.self))
    }
}
