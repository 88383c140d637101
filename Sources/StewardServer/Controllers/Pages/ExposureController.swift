import Analytics
import Fluent
import StewardCore
import Vapor

/// Job impact: which classifications, locals and units AI exposes most, each classification's tasks and ratings,
/// its O*NET occupations and plans, and the import of the published labels.
enum ExposureController {
    /// Every field the classification page's forms post; each form posts its own few.
    struct Form: Content {
        var task: String?
        var rating: String?
        var reason: String?
        var code: String?
        var kind: String?
        var commitment: String?
        var owner: String?
        var dueOn: String?
        var useCase: String?

        var values: [String: String] {
            let pairs: [(String, String?)] = [
                ("task", task), ("rating", rating), ("reason", reason), ("kind", kind), ("commitment", commitment),
                ("owner", owner), ("dueOn", dueOn), ("useCase", useCase),
            ]
            return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
        }
    }

    static func view(of request: Request) throws -> ExposureView {
        ExposureView(
            measure: try request.choice("measure", default: .beta),
            weighting: try request.choice("weighting", default: .timeShare),
            labels: try request.choice("labels", default: .human))
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        let choices = try view(of: request)
        let service = try request.authorizer.exposure
        // The ranking depends on the address and on the reader's access alone.
        let content = try await request.sharedPart("exposure/_content", seenAs: request.actor.access) {
            let classifications = try await service.classifications(labelledBy: choices.labels)
            let ranking = ExposureRanking(classifications.map(\.analytics), weighting: choices.weighting)
            let measure = choices.measure
            let symbol = ExposureView.symbol(of: measure)
            let scored = Dictionary(
                ranking.classifications.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let byTitle = Dictionary(classifications.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
            let ranked = ranking.ranked(by: measure)
            let rows = ranked.compactMap { group -> ExposureContext.Row? in
                guard let classification = byTitle[group.name] else { return nil }
                return ExposureContext.Row(
                    href: Paths.exposureClassification.href(classification.id.uuidString.lowercased()) + choices.query,
                    title: classification.title, unit: classification.unit, local: classification.local,
                    headcount: classification.headcount, alpha: BarChart.percent(group.scores.alpha),
                    beta: BarChart.percent(group.scores.beta), zeta: BarChart.percent(group.scores.zeta))
            }
            func chart(_ id: String, _ what: String, _ groups: [GroupExposure]) -> BarChart? {
                guard !groups.isEmpty else { return nil }
                return BarChart(
                    id: id, title: "Exposure \(symbol) by \(what), most exposed first",
                    summary: groups.map {
                        "\($0.name): \(BarChart.percent($0.scores[measure])) of \($0.headcount) people"
                    }
                        .joined(separator: "; ") + ". Exposure is not displacement.",
                    bars: groups.map {
                        BarChart.Bar(
                            label: $0.name, value: $0.scores[measure], valueText: BarChart.percent($0.scores[measure]))
                    },
                    maximum: 1)
            }
            let labels = try await service.labelImport()
            let context = ExposureContext(
                measures: choices.measureOptions,
                weightings: choices.weightingOptions, labels: choices.labelOptions,
                measureTitle: ExposureView.title(of: measure),
                weightingTitle: ExposureView.title(of: choices.weighting),
                organization: ranking.organization(named: request.application.site.organizationName).map {
                    "Across the \($0.headcount) people of the scored classifications, \(symbol) is "
                        + "\(BarChart.percent($0.scores[measure])) of their work."
                },
                rows: rows,
                unscored: classifications.filter { scored[$0.title] == nil }.map { classification in
                    "\(classification.title): " + (classification.tasks.contains { $0.rating != nil }
                        ? "no rated task has a weight under this weighting"
                        : "no task is rated yet")
                },
                classificationChart: chart("by-classification", "classification", ranked),
                localChart: chart("by-local", "local", ranking.locals(by: measure)),
                unitChart: chart("by-unit", "unit", ranking.units(by: measure)),
                labelsHref: Paths.exposureLabels.href(), labelsSummary: labelsSummary(labels))
            return context
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Job impact", contentHTML: content))
    }

    static func labelsSummary(_ labels: ExposureLabelImportModel?) -> String {
        guard let labels else {
            return "No published labels are imported, so only the ratings given here count."
        }
        return "\(labels.tasks.formatted()) task labels of \(labels.occupations.formatted()) O*NET occupations, imported from \(labels.fileName) "
            + "on \(DisplayFormat.date(labels.importedAt)) by \(labels.importedBy)."
    }

    @Sendable static func labels(_ request: Request) async throws -> View {
        try await renderLabels(request)
    }

    @Sendable static func importLabels(_ request: Request) async throws -> Response {
        let form = try await StreamedForm.read(request, limit: UploadLimits.exposureLabels)
        do {
            _ = try await request.authorizer.exposure.importLabels(form.file, named: form.fileName)
            return request.redirect(to: Paths.exposureLabels.href())
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, renderLabels(request, problems: error.problems))
        }
    }

    private static func renderLabels(_ request: Request, problems: [DomainError] = []) async throws -> View {
        let service = try request.authorizer.exposure
        let context = ExposureLabelsContext(
            layout: LayoutContext(request: request, title: "Published task labels"), exposureHref: Paths.exposure.href(),
            summary: labelsSummary(try await service.labelImport()),
            uploadAction: service.mayImportLabels ? Paths.exposureLabels.href() : nil,
            problems: problems.map(\.message))
        return try await request.view.render("exposure/labels", context)
    }

    @Sendable static func classification(_ request: Request) async throws -> View {
        try await render(request, id: try request.uuid("classificationID", of: "job classification"))
    }

    @Sendable static func rate(_ request: Request) async throws -> Response {
        try await act(request, anchor: "#rate-heading") { id, form in
            try await request.authorizer.exposure.rate(
                id, task: form.task ?? "", rating: form.rating ?? "", reason: form.reason ?? "")
        }
    }

    @Sendable static func mapOccupation(_ request: Request) async throws -> Response {
        try await act(request, anchor: "#occupations-heading") { id, form in
            try await request.authorizer.exposure.map(id, occupation: form.code ?? "")
        }
    }

    @Sendable static func unmapOccupation(_ request: Request) async throws -> Response {
        try await act(request, anchor: "#occupations-heading") { id, form in
            try await request.authorizer.exposure.unmap(id, occupation: form.code ?? "")
        }
    }

    @Sendable static func addPlan(_ request: Request) async throws -> Response {
        try await act(request, anchor: "#plans-heading") { id, form in
            _ = try await request.authorizer.classificationPlans.add(
                to: id, kind: form.kind ?? "", commitment: form.commitment ?? "", owner: form.owner ?? "",
                dueOn: form.dueOn ?? "", useCase: form.useCase ?? "")
        }
    }

    @Sendable static func completePlan(_ request: Request) async throws -> Response {
        let plan = try await request.authorizer.classificationPlans.complete(try request.uuid("planID", of: "plan"))
        return request.redirect(to: Paths.exposureClassification.href(plan.$classification.id.uuidString.lowercased()) + "#plans-heading")
    }

    private static func act(
        _ request: Request, anchor: String, _ move: (UUID, Form) async throws -> Void
    ) async throws -> Response {
        let id = try request.uuid("classificationID", of: "job classification")
        let form = try request.content.decode(Form.self)
        do {
            try await move(id, form)
            return request.redirect(to: Paths.exposureClassification.href(id.uuidString.lowercased()) + anchor)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, render(request, id: id, values: form.values, problems: error.problems))
        }
    }

    static func render(
        _ request: Request, id: UUID, values: [String: String] = [:], problems: [DomainError] = []
    ) async throws -> View {
        let authorizer = try request.authorizer
        let service = authorizer.exposure
        let labels: LabelRater = try request.choice("labels", default: .human)
        let classification = try await service.classification(id, labelledBy: labels)
        let mayRate = try await service.mayRate()
        let plans = authorizer.classificationPlans
        let mayPlan = try await plans.mayKeep()
        let path = id.uuidString.lowercased()
        let domain = classification.analytics
        let scores = TaskWeighting.allCases.map { weighting in
            let scores = domain.exposure(weighting: weighting)
            return ClassificationExposureContext.Score(
                weighting: ExposureView.title(of: weighting), alpha: scores.map { BarChart.percent($0.alpha) } ?? "—",
                beta: scores.map { BarChart.percent($0.beta) } ?? "—", zeta: scores.map { BarChart.percent($0.zeta) } ?? "—")
        }
        let tasks = classification.tasks.map { task in
            ClassificationExposureContext.TaskRow(
                statement: task.statement,
                source: task.occupation ?? "Own task, \(Int(((task.timeShare ?? 0) * 100).rounded())) % of the time",
                type: task.type == .unrated ? "" : task.type.rawValue, published: task.published?.rawValue ?? "",
                local: task.local.map { rating in
                    "\(rating.rating.rawValue), by \(rating.ratedBy)" + (task.ratedOn.map { " on \(DisplayFormat.date($0))" } ?? "")
                        + ": \(rating.reason)"
                } ?? "",
                counts: task.rating?.rawValue ?? "Not rated")
        }
        let query = (try? request.query.get(String.self, at: "q")) ?? ""
        var search: ClassificationExposureContext.Search?
        if mayRate {
            let mapped = Set(classification.occupations.map(\.code))
            let found = try await service.occupations(matching: query).filter { !mapped.contains($0.code) }
            search = .init(
                query: query, results: found.map { .init(code: $0.code, title: $0.title, removeAction: nil) },
                mapAction: Paths.exposureOccupations.href(path), hasLabels: try await service.labelImport() != nil)
        }
        let me = authorizer.actor.person?.id.uuid
        let unitID = try await JobClassificationModel.find(id, on: request.db).map { $0.$unit.id }
        let uses = mayPlan
            ? try await UseCaseModel.query(on: request.db).filter(\.$zone == .organization)
                .filter(\.$unit.$id == unitID ?? UUID()).sort(\.$title).all()
            : []
        let context = ClassificationExposureContext(
            layout: LayoutContext(request: request, title: "Job impact: \(classification.title)"),
            exposureHref: Paths.exposure.href(), pageHref: Paths.exposureClassification.href(path),
            title: classification.title, unit: classification.unit,
            local: classification.local, headcount: classification.headcount,
            labels: ExposureView(measure: .beta, weighting: .timeShare, labels: labels).labelOptions,
            labelsValue: labels.rawValue, scores: scores,
            grid: TaskGrid(
                id: "task-grid", classification: classification.title,
                tasks: classification.tasks.map { (statement: $0.statement, rating: $0.rating, isLocal: $0.local != nil) }),
            tasks: tasks,
            occupations: classification.occupations.map { occupation in
                .init(code: occupation.code, title: occupation.title, removeAction: mayRate ? Paths.exposureOccupationRemoval.href(path) : nil)
            },
            search: search,
            rateForm: mayRate && !classification.tasks.isEmpty
                ? .init(
                    action: Paths.exposureRatings.href(path),
                    tasks: classification.tasks.map { task in
                        FormOption(
                            value: task.key.description, label: SVGText.clipped(task.statement, to: 90) + " (now \(task.rating?.rawValue ?? "not rated"))",
                            isChecked: values["task"] == task.key.description)
                    },
                    ratings: (ExposureRating.allCases.map { ($0.rawValue, $0.rawValue) } + [("none", "Take the local rating back")])
                        .map { FormOption(value: $0.0, label: $0.1, isChecked: values["rating"] == $0.0) })
                : nil,
            plans: try await plans.plans(of: id).map { plan in
                let mayComplete = plan.doneOn == nil && (mayPlan || plan.$owner.id == me)
                return .init(
                    kind: plan.kind.title, commitment: plan.commitment, owner: plan.owner?.displayName ?? "",
                    dueOn: plan.dueOn ?? "", done: plan.doneOn, useTitle: plan.useCase?.title,
                    useHref: plan.useCase.map { Paths.useCase.href($0.id?.uuidString.lowercased() ?? "") },
                    completeAction: mayComplete ? Paths.planCompletion.href(try plan.requireID().uuidString.lowercased()) : nil)
            },
            planForm: mayPlan
                ? .init(
                    action: Paths.classificationPlans.href(path),
                    kinds: ClassificationPlanModel.Kind.allCases.map {
                        FormOption(value: $0.rawValue, label: $0.title, isChecked: values["kind"] == $0.rawValue)
                    },
                    uses: try uses.map { use in
                        let value = try use.requireID().uuidString.lowercased()
                        return FormOption(value: value, label: use.title, isChecked: values["useCase"] == value)
                    })
                : nil,
            values: values, problems: problems.map(\.message), errors: FieldMessages(problems))
        return try await request.view.render("exposure/classification", context)
    }
}
