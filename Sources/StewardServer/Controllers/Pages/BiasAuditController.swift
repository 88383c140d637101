import Fluent
import StewardCore
import Vapor

/// Bias audits of a use's decisions: computing one on its audit step from an uploaded decision log, its page, and
/// its public summary.
enum BiasAuditController {
    /// Computes a bias audit from the streamed upload and shows it; a problem shows on the step's page by its field.
    @Sendable static func record(_ request: Request) async throws -> Response {
        let stepID: ReviewStepID = try request.id("stepID")
        // Who may record is asked before any of the upload is read.
        try await request.authorizer.useAudits.recordable(stepID)
        let form = try await StreamedForm.read(request, limit: UploadLimits.decisionLog)
        let upload = BiasAuditService.Upload(
            bytes: form.file, fileName: form.fileName, outcome: form["outcome"], kind: form["kind"],
            categories: form["categories"], dataSource: form["dataSource"], publish: form["publish"] == "true")
        do {
            let audit = try await request.authorizer.biasAudits.record(on: stepID, upload)
            return request.redirect(to: Paths.biasAudit.href(try audit.requireID().uuidString.lowercased()))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            let values = ["outcome": upload.outcome, "kind": upload.kind, "categories": upload.categories, "dataSource": upload.dataSource]
            return try await rerender(
                request,
                try await ReviewController.render(request, stepID: stepID, biasAuditValues: values, biasAuditProblems: error.problems))
        }
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        let audit = try await authorizer.biasAudits.audit(try request.uuid("biasAuditID", of: "bias audit"))
        let step = try await authorizer.reviews.step(ReviewStepID(audit.$step.id))
        let useCase = try await authorizer.useCases.useCase(UseCaseID(step.$useCase.id))
        let context = BiasAuditContext(
            layout: LayoutContext(request: request, title: "Bias audit of \(useCase.title), \(audit.conductedOn)"),
            useTitle: useCase.title, stepHref: Paths.step.href(ReviewStepID(audit.$step.id)) + "#bias-audits-heading",
            facts: BiasAuditFacts(audit), breakdowns: BiasBreakdown.of(audit),
            publicHref: audit.published ? Paths.publicBiasAudit.href(try audit.requireID().uuidString.lowercased()) : nil)
        return try await request.view.render("bias-audits/show", context)
    }

    /// The public summary of a published audit of a use the inventory lists.
    @Sendable static func publicSummary(_ request: Request) async throws -> View {
        let (audit, useCase) = try await request.authorizer.biasAudits.published(
            try request.uuid("biasAuditID", of: "bias audit"))
        let approved = try await ToolTransitionModel.query(on: request.db).filter(\.$tool.$id == useCase.$tool.id)
            .sort(\.$occurredAt).all().first { $0.toStatus.isInUse }
        let context = PublicBiasAuditContext(
            layout: LayoutContext(request: request, title: "Bias audit summary: \(useCase.title)"),
            useTitle: useCase.title, toolName: useCase.tool.name, inUseSince: approved.map { DisplayFormat.date($0.occurredAt) },
            disclosureHref: Paths.publicDisclosure.href(try useCase.requireID().uuidString.lowercased()),
            facts: BiasAuditFacts(audit), breakdowns: BiasBreakdown.of(audit))
        return try await request.view.render("inventory/bias-audit", context)
    }
}
