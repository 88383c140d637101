import StewardCore
import Vapor

/// The policy packs in force, one pack's versions, and writing, checking and adopting a pack in the browser.
enum PacksController {
    /// A pack typed into the form or uploaded as a file (a file wins), and the units it is for.
    struct PackForm: Content {
        var source: String?
        var file: File?
        var unitIDs: [String]?

        /// The draft, or the problem with the uploaded file.
        func draft() throws -> PackDraft {
            var source = self.source ?? ""
            if let file, file.data.readableBytes > 0 {
                guard let text = String(validating: file.data.readableBytesView, as: UTF8.self) else {
                    throw StewardError.invalid([
                        DomainError(code: .invalidField, field: "file", message: "the file is not UTF-8 text; save the pack as UTF-8 YAML")
                    ])
                }
                source = text
            }
            return PackDraft(source: source.replacingOccurrences(of: "\r\n", with: "\n"), unitIDs: unitIDs ?? [])
        }
    }

    struct StartQuery: Content {
        var template: String?
        var from: String?
    }

    @Sendable static func index(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        // The packs and what the reader may do with them depend on the reader's access alone.
        let content = try await request.sharedPart("packs/_content", seenAs: request.actor.access) {
            PackListContext(
                request: request, versions: try await authorizer.packs.inForce(),
                units: try await authorizer.units.units(), templates: try await authorizer.packs.templates())
        }
        return try await request.view.render(
            "framed", FramedContext(request: request, title: "Policy packs", contentHTML: content))
    }

    @Sendable static func show(_ request: Request) async throws -> View {
        let authorizer = try request.authorizer
        let packID = request.parameters.get("packID") ?? ""
        let context = try PackShowContext(
            request: request, history: try await authorizer.packs.history(of: packID),
            units: try await authorizer.units.units())
        return try await request.view.render("packs/show", context)
    }

    @Sendable static func new(_ request: Request) async throws -> View {
        let query = try request.query.decode(StartQuery.self)
        let draft = try await request.authorizer.packs.startingText(template: query.template, from: query.from)
        return try await render(request, draft: draft)
    }

    /// Checks the text: its problems at their lines, or what adopting it would change.
    @Sendable static func preview(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PackForm.self)
        var draft = PackDraft(source: form.source ?? "", unitIDs: form.unitIDs ?? [])
        do {
            draft = try form.draft()
            let preview = try await request.authorizer.packs.preview(draft)
            return try await render(request, draft: draft, preview: preview).encodeResponse(for: request)
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, draft: draft, problems: error.problems))
        }
    }

    /// Adopts the pack, checked again from its text, and shows it.
    @Sendable static func adopt(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PackForm.self)
        var draft = PackDraft(source: form.source ?? "", unitIDs: form.unitIDs ?? [])
        do {
            draft = try form.draft()
            let adopted = try await request.authorizer.packs.adopt(draft)
            return request.redirect(to: Paths.pack.href(adopted.version.packID))
        } catch let error as StewardError where error.status == .unprocessableEntity {
            return try await rerender(request, try await render(request, draft: draft, problems: error.problems))
        }
    }

    private static func render(
        _ request: Request, draft: PackDraft, problems: [DomainError] = [], preview: PackPreview? = nil
    ) async throws -> View {
        let context = PackFormContext(
            request: request, draft: draft, units: try await request.authorizer.units.units(), problems: problems,
            preview: preview)
        return try await request.view.render("packs/new", context)
    }
}
