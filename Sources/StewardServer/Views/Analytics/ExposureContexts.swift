import Analytics
import Foundation
import StewardCore

/// How the exposure pages are computed: the measure, the task weighting and whose published labels count.
struct ExposureView: Sendable {
    let measure: ExposureMeasure
    let weighting: TaskWeighting
    let labels: LabelRater

    /// The query string that keeps these choices on a link.
    var query: String { "?measure=\(measure.rawValue)&weighting=\(weighting.rawValue)&labels=\(labels.rawValue)" }

    var measureOptions: [FormOption] {
        ExposureMeasure.allCases.map { FormOption(value: $0.rawValue, label: Self.title(of: $0), isChecked: $0 == measure) }
    }

    var weightingOptions: [FormOption] {
        TaskWeighting.allCases.map { FormOption(value: $0.rawValue, label: Self.title(of: $0), isChecked: $0 == weighting) }
    }

    var labelOptions: [FormOption] {
        LabelRater.allCases.map {
            FormOption(value: $0.rawValue, label: $0 == .human ? "The paper's human annotators" : "GPT-4", isChecked: $0 == labels)
        }
    }

    static func title(of measure: ExposureMeasure) -> String {
        switch measure {
        case .alpha: "α: directly exposed (E1)"
        case .beta: "β: E1 plus half of E2"
        case .zeta: "ζ: E1 plus E2"
        }
    }

    static func title(of weighting: TaskWeighting) -> String {
        switch weighting {
        case .timeShare: "By the classification's own shares of time"
        case .core: "Core tasks twice (the paper's occupation scores)"
        case .equal: "Every task the same"
        }
    }

    static func symbol(of measure: ExposureMeasure) -> String {
        switch measure {
        case .alpha: "α"
        case .beta: "β"
        case .zeta: "ζ"
        }
    }
}

/// The exposure ranking: classifications, locals and units, most exposed first.
struct ExposureContext: Encodable {
    struct Row: Encodable {
        let href: String
        let title: String
        let unit: String
        let local: String
        let headcount: Int
        let alpha: String
        let beta: String
        let zeta: String
    }

    let measures: [FormOption]
    let weightings: [FormOption]
    let labels: [FormOption]
    let measureTitle: String
    let weightingTitle: String
    let organization: String?
    let rows: [Row]
    let unscored: [String]
    let classificationChart: BarChart?
    let localChart: BarChart?
    let unitChart: BarChart?
    let labelsHref: String
    let labelsSummary: String
}

/// One classification: its scores, its tasks as a grid and a table, its O*NET occupations and its plans, with the
/// forms of those who rate and plan.
struct ClassificationExposureContext: Encodable {
    struct Score: Encodable {
        let weighting: String
        let alpha: String
        let beta: String
        let zeta: String
    }

    struct TaskRow: Encodable {
        let statement: String
        let source: String
        let type: String
        let published: String
        let local: String
        let counts: String
    }

    struct Occupation: Encodable {
        let code: String
        let title: String
        let removeAction: String?
    }

    struct Plan: Encodable {
        let kind: String
        let commitment: String
        let owner: String
        let dueOn: String
        let done: String?
        let useTitle: String?
        let useHref: String?
        let completeAction: String?
    }

    struct RateForm: Encodable {
        let action: String
        let tasks: [FormOption]
        let ratings: [FormOption]
    }

    struct Search: Encodable {
        let query: String
        let results: [Occupation]
        let mapAction: String
        let hasLabels: Bool
    }

    struct PlanForm: Encodable {
        let action: String
        let kinds: [FormOption]
        let uses: [FormOption]
    }

    let layout: LayoutContext
    let exposureHref: String
    let pageHref: String
    let title: String
    let unit: String
    let local: String
    let headcount: Int
    let labels: [FormOption]
    let labelsValue: String
    let scores: [Score]
    let grid: TaskGrid
    let tasks: [TaskRow]
    let occupations: [Occupation]
    let search: Search?
    let rateForm: RateForm?
    let plans: [Plan]
    let planForm: PlanForm?
    let values: [String: String]
    let problems: [String]
    let errors: FieldMessages
}

/// The labels page: what was imported, and the upload form for those who import.
struct ExposureLabelsContext: Encodable {
    let layout: LayoutContext
    let exposureHref: String
    let summary: String
    let uploadAction: String?
    let problems: [String]
}
