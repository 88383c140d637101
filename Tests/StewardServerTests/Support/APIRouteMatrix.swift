import StewardCore

/// The JSON API's rows of the route matrix, written by hand like the pages' rows (not derived from
/// `APIPermissions`).
enum APIRouteMatrix {
    typealias Who = RouteMatrixTests.Who

    static let expected: [String: Who] = [
        "GET /api/v1/openapi.json": RouteMatrixTests.everyone,
        "GET /api/v1/inventory": RouteMatrixTests.everyone,
        "POST /api/v1/tokens": RouteMatrixTests.everyone,
        "GET /api/v1/tokens": RouteMatrixTests.all,
        "DELETE /api/v1/tokens/:tokenID": RouteMatrixTests.all,
        "GET /api/v1/me": RouteMatrixTests.all,
        "DELETE /api/v1/me/calendar-feed": RouteMatrixTests.all,
        "GET /api/v1/units": RouteMatrixTests.all,
        "GET /api/v1/tools": RouteMatrixTests.all,
        "POST /api/v1/tools": RouteMatrixTests.proposers,
        "GET /api/v1/tools/:toolID": RouteMatrixTests.all,
        "PUT /api/v1/tools/:toolID": RouteMatrixTests.officer,
        "GET /api/v1/tools/:toolID/transitions": RouteMatrixTests.all,
        "POST /api/v1/tools/:toolID/transitions": RouteMatrixTests.officer,
        "GET /api/v1/tools/:toolID/use-cases": RouteMatrixTests.all,
        "POST /api/v1/tools/:toolID/use-cases": RouteMatrixTests.proposers,
        "GET /api/v1/use-cases/:useCaseID": RouteMatrixTests.all,
        "PUT /api/v1/use-cases/:useCaseID": RouteMatrixTests.officer,
        "POST /api/v1/use-cases/:useCaseID/approval": RouteMatrixTests.officer,
        "POST /api/v1/use-cases/:useCaseID/denial": RouteMatrixTests.officer,
        "GET /api/v1/steps": RouteMatrixTests.all,
        "GET /api/v1/steps/:stepID": RouteMatrixTests.all,
        "POST /api/v1/steps/:stepID": RouteMatrixTests.stepActors,
        "POST /api/v1/steps/:stepID/answer": RouteMatrixTests.rep,
        "GET /api/v1/steps/:stepID/determination": RouteMatrixTests.all,
        "PUT /api/v1/steps/:stepID/determination": RouteMatrixTests.determiners,
        "GET /api/v1/steps/:stepID/pilot": RouteMatrixTests.all,
        "PUT /api/v1/steps/:stepID/pilot": RouteMatrixTests.officer,
        "POST /api/v1/steps/:stepID/pilot/start": RouteMatrixTests.officer,
        "POST /api/v1/steps/:stepID/pilot/metrics": RouteMatrixTests.officer,
        "POST /api/v1/steps/:stepID/pilot/survey": RouteMatrixTests.participants,
        "PUT /api/v1/steps/:stepID/pilot/evaluation": RouteMatrixTests.officer,
        "POST /api/v1/steps/:stepID/pilot/signatures": RouteMatrixTests.signers,
        "GET /api/v1/tools/:toolID/training-courses": RouteMatrixTests.all,
        "POST /api/v1/tools/:toolID/training-courses": RouteMatrixTests.trainers,
        "GET /api/v1/training-courses/:courseID/records": RouteMatrixTests.all,
        "POST /api/v1/training-courses/:courseID/records": RouteMatrixTests.trainers,
        "POST /api/v1/training-courses/:courseID/records/import": RouteMatrixTests.trainers,
        "GET /api/v1/tools/:toolID/notes": RouteMatrixTests.rep,
        "POST /api/v1/tools/:toolID/notes": RouteMatrixTests.rep,
        "GET /api/v1/use-cases/:useCaseID/notes": RouteMatrixTests.rep,
        "POST /api/v1/use-cases/:useCaseID/notes": RouteMatrixTests.rep,
        "GET /api/v1/audit-events": RouteMatrixTests.auditTrail,
    ]
}
