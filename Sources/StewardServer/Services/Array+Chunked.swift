extension Collection {
    /// The elements in consecutive batches of at most `size`, for queries and inserts that must stay within a
    /// database's limit on bound parameters.
    func chunked(_ size: Int) -> [[Element]] {
        var batches: [[Element]] = []
        var index = startIndex
        while index != endIndex {
            let end = self.index(index, offsetBy: size, limitedBy: endIndex) ?? endIndex
            batches.append(Array(self[index..<end]))
            index = end
        }
        return batches
    }
}
