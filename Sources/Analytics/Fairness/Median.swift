/// The median of scores, found by selection rather than a full sort.
enum Median {
    /// The middle value, or the mean of the two middle values; 0 for no values.
    ///
    /// Hoare's selection (quickselect) on a copy, with a median-of-three pivot: linear time on average.
    static func of(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        var values = values
        let middle = values.count / 2
        let upper = select(&values, middle)
        guard values.count % 2 == 0 else { return upper }
        // Selection leaves every value before `middle` no greater than the one at it.
        let lower = values[..<middle].max() ?? upper
        return (lower + upper) / 2
    }

    /// Rearranges the values so that the one at `k` is the one sorting would put there, and returns it.
    private static func select(_ values: inout [Double], _ k: Int) -> Double {
        var (low, high) = (0, values.count - 1)
        while low < high {
            let pivot = medianOfThree(values[low], values[(low + high) / 2], values[high])
            var (left, right) = (low, high)
            while left <= right {
                while values[left] < pivot { left += 1 }
                while values[right] > pivot { right -= 1 }
                if left <= right {
                    values.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if k <= right {
                high = right
            } else if k >= left {
                low = left
            } else {
                return values[k]
            }
        }
        return values[k]
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
