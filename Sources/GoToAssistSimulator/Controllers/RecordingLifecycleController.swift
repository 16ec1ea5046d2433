import Hummingbird

/// POST /archive/recordings/transcode/{ids} and PUT /archive/recordings/archived/{ids}
/// (API-FACTS 6.6 "related", 8b).
///
/// The ids come comma-separated in the path, or as a JSON body `{"recordingIds":[…]}` (numbers
/// or strings); the record shows both forms. Checks run in the same order as for the URLs:
/// none or more than 500 → 400, malformed → 400, another account's → 403; then 204.
struct RecordingLifecycleController {
    let state: SimulatorState

    func addRoutes(to api: RouterGroup<SimulatorRequestContext>) {
        api.post("archive/recordings/transcode/:ids", use: transcode)
        api.post("archive/recordings/transcode", use: transcode)
        api.put("archive/recordings/archived/:ids", use: archive)
        api.put("archive/recordings/archived", use: archive)
    }

    @Sendable func transcode(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let ids = try await Self.ids(request, context: context)
        try await state.requestTranscode(ids)
        return Response(status: .noContent)
    }

    @Sendable func archive(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let ids = try await Self.ids(request, context: context)
        try await state.markArchived(ids)
        return Response(status: .noContent)
    }

    struct Body: Decodable {
        var recordingIds: [LenientString]?
    }

    static func ids(_ request: Request, context: SimulatorRequestContext) async throws -> [Int] {
        var raw: [String]
        if let path = context.parameters.get("ids") {
            raw = path.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        } else {
            raw = (try await RequestBodyReader.json(Body.self, from: request).recordingIds ?? []).map(\.value)
        }
        raw = raw.map { $0.trimmingCharacters(in: .whitespaces) }
        guard !raw.isEmpty, raw != [""] else { throw SimulatorError.invalidRequest("Missing required parameter recordingIds") }
        guard raw.count <= SimulatorState.maxLifecycleIDs else {
            throw SimulatorError.invalidRequest("At most \(SimulatorState.maxLifecycleIDs) recordingIds per request")
        }
        return try raw.map { text in
            guard let id = QueryParameters.strictInt(text) else { throw SimulatorError.invalidRequest("Invalid recording id \(text)") }
            return id
        }
    }
}
