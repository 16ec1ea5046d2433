import Foundation
import Hummingbird

/// The `/_sim/` control surface for tests and demos: reset, scripted sessions, lifecycle steps,
/// clock, runtime faults, and the request and callback logs. Loopback-only, no token.
struct ControlController {
    let state: SimulatorState
    let stringifyIDs: Bool

    func addRoutes(to group: RouterGroup<SimulatorRequestContext>) {
        group.post("reset", use: reset)
        group.post("sessions", use: createSession)
        group.post("sessions/:key/advance", use: advanceSession)
        group.post("clock/advance", use: advanceClock)
        group.get("clock", use: clock)
        group.get("faults", use: faults)
        group.put("faults", use: setFaults)
        group.get("requests", use: requests)
        group.delete("requests", use: clearRequests)
        group.get("callbacks", use: callbacks)
    }

    @Sendable func reset(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        await state.reset()
        return Response(status: .noContent)
    }

    /// Session fields a test may script; times accept the same ISO 8601 forms as the API.
    struct SessionBody: Decodable {
        var status: String?
        var customerName: String?
        var customerEmail: String?
        var expertName: String?
        var expertEmail: String?
        var partnerObject: LenientString?
        var partnerObjectUrl: String?
        var notes: String?
        var sessionStatusCallbackUrl: String?
        var machineUuid: String?
        var createdAt: String?
        var startedAt: String?
        var customerJoinedAt: String?
        var endedAt: String?
    }

    @Sendable func createSession(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let body = try await RequestBodyReader.optionalJSON(SessionBody.self, from: request, fallback: SessionBody())
        func time(_ value: String?, _ name: String) throws -> Double? {
            guard let value else { return nil }
            guard let parsed = WireTime.parse(value) else { throw SimulatorError.invalidRequest("Invalid \(name)") }
            return parsed
        }
        var script = ScriptedSession(
            customerName: body.customerName, customerEmail: body.customerEmail, expertName: body.expertName,
            expertEmail: body.expertEmail, partnerObject: body.partnerObject?.value,
            partnerObjectUrl: body.partnerObjectUrl, notes: body.notes, callbackURL: body.sessionStatusCallbackUrl,
            machineUuid: body.machineUuid
        )
        if let status = body.status {
            guard let parsed = SessionStatus(rawValue: status) else {
                throw SimulatorError.invalidRequest("Invalid status \(status)")
            }
            script.status = parsed
        }
        script.createdAt = try time(body.createdAt, "createdAt")
        script.startedAt = try time(body.startedAt, "startedAt")
        script.customerJoinedAt = try time(body.customerJoinedAt, "customerJoinedAt")
        script.endedAt = try time(body.endedAt, "endedAt")
        let session = try await state.createScriptedSession(script)
        return JSONResponse.make(session, status: .created, stringifyIDs: stringifyIDs)
    }

    struct AdvanceBody: Decodable {
        var to: String?
    }

    @Sendable func advanceSession(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let key = context.parameters.get("key") ?? ""
        let body = try await RequestBodyReader.optionalJSON(AdvanceBody.self, from: request, fallback: AdvanceBody())
        var target: SessionStatus?
        if let to = body.to {
            guard let parsed = SessionStatus(rawValue: to) else { throw SimulatorError.invalidRequest("Invalid status \(to)") }
            target = parsed
        }
        let session = try await state.advanceSession(key: key, to: target)
        return JSONResponse.make(session, stringifyIDs: stringifyIDs)
    }

    struct ClockBody: Decodable {
        var seconds: Double
    }

    /// The sim clock as the API would print it, plus raw epoch seconds.
    struct WireClock: Encodable {
        var now: String
        var epochSeconds: Double
    }

    @Sendable func advanceClock(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let body = try await RequestBodyReader.json(ClockBody.self, from: request)
        let now = await state.advanceClock(by: body.seconds)
        return JSONResponse.make(WireClock(now: WireTime.format(Int64(now)), epochSeconds: now), stringifyIDs: false)
    }

    @Sendable func clock(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let now = await state.now()
        return JSONResponse.make(WireClock(now: WireTime.format(Int64(now)), epochSeconds: now), stringifyIDs: false)
    }

    /// The fault settings as JSON; `fault` is `null` when none is active.
    struct WireFaults: Encodable {
        var latencyMs: Int
        var errorRate: Double
        var fault: String?
        var rateLimitPerSecond: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(latencyMs, forKey: .latencyMs)
            try container.encode(errorRate, forKey: .errorRate)
            try container.encode(fault, forKey: .fault)
            try container.encode(rateLimitPerSecond, forKey: .rateLimitPerSecond)
        }

        enum CodingKeys: String, CodingKey {
            case latencyMs, errorRate, fault, rateLimitPerSecond
        }
    }

    @Sendable func faults(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let settings = await state.currentFaults()
        return JSONResponse.make(Self.wire(settings), stringifyIDs: false)
    }

    /// Changes only the keys present; `"fault": null` clears the fault.
    struct FaultsBody: Decodable {
        var latencyMs: Int?
        var errorRate: Double?
        var fault: String??
        var rateLimitPerSecond: Int?

        enum CodingKeys: String, CodingKey {
            case latencyMs, errorRate, fault, rateLimitPerSecond
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            latencyMs = try container.decodeIfPresent(Int.self, forKey: .latencyMs)
            errorRate = try container.decodeIfPresent(Double.self, forKey: .errorRate)
            rateLimitPerSecond = try container.decodeIfPresent(Int.self, forKey: .rateLimitPerSecond)
            if container.contains(.fault) {
                fault = .some(try container.decodeNil(forKey: .fault) ? nil : container.decode(String.self, forKey: .fault))
            }
        }
    }

    @Sendable func setFaults(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let body = try await RequestBodyReader.json(FaultsBody.self, from: request)
        var settings = await state.currentFaults()
        if let latency = body.latencyMs {
            guard latency >= 0 else { throw SimulatorError.invalidRequest("latencyMs must be ≥ 0") }
            settings.latencyMs = latency
        }
        if let rate = body.errorRate {
            guard (0...1).contains(rate) else { throw SimulatorError.invalidRequest("errorRate must be in 0...1") }
            settings.errorRate = rate
        }
        if let limit = body.rateLimitPerSecond {
            guard limit >= 1 else { throw SimulatorError.invalidRequest("rateLimitPerSecond must be ≥ 1") }
            settings.rateLimitPerSecond = limit
        }
        if let fault = body.fault {
            if let name = fault {
                guard let parsed = SimulatorFault(rawValue: name) else {
                    throw SimulatorError.invalidRequest("Unknown fault \(name)")
                }
                settings.fault = parsed
            } else {
                settings.fault = nil
            }
        }
        await state.setFaults(settings)
        return JSONResponse.make(Self.wire(settings), stringifyIDs: false)
    }

    static func wire(_ settings: FaultSettings) -> WireFaults {
        WireFaults(
            latencyMs: settings.latencyMs, errorRate: settings.errorRate, fault: settings.fault?.rawValue,
            rateLimitPerSecond: settings.rateLimitPerSecond
        )
    }

    @Sendable func requests(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        JSONResponse.make(await state.recentRequests(), stringifyIDs: false)
    }

    @Sendable func clearRequests(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        await state.clearRequests()
        return Response(status: .noContent)
    }

    @Sendable func callbacks(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        JSONResponse.make(await state.recentCallbacks(), stringifyIDs: stringifyIDs)
    }
}
