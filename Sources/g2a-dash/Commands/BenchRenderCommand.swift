import ArgumentParser
import DashboardCore
import DashboardConfig
import DashboardUI
import Foundation
import GoToAssistAPI
import Logging

/// `g2a-dash bench-render`: times the reducer and one frame of a large session table.
///
/// Used by `scripts/bench.sh`; hidden from help because it is a measuring tool, not a feature.
struct BenchRenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render", abstract: "Time the render of a large sessions table.", shouldDisplay: false)

    @Option(parsing: .unconditional, help: "Sessions in the table.") var sessions = 100_000
    @Option(parsing: .unconditional, help: "Frames to render.") var frames = 50
    @Option(parsing: .unconditional, help: "Terminal width.") var width = 120
    @Option(parsing: .unconditional, help: "Terminal height.") var height = 40

    func validate() throws {
        try OptionRange.check(sessions, "--sessions", 0...2_000_000)
        try OptionRange.check(frames, "--frames", 1...100_000)
        try OptionRange.check(width, "--width", 1...2_000)
        try OptionRange.check(height, "--height", 1...1_000)
    }

    @MainActor
    func run() async throws {
        let now = Date()
        let list = (0..<sessions).map { i -> Session in
            Session(sessionId: String(500_000_000 + i), status: [.complete, .abandoned, .active, .waiting][i % 4],
                    startedAt: now.addingTimeInterval(-Double(i) * 20), expertName: "Expert \(i % 40)",
                    customerName: ["José Müller", "山田太郎", "محمد الأحمد", "Ann 🎧 Lee"][i % 4] + " \(i)", accountKey: "4503599627370")
        }
        let environment = DashboardEnvironment(
            fetchSessions: { _, _ in [] }, fetchCompanies: { _ in CompanyPage(totalNumCompanies: 0, companies: []) },
            fetchRecordings: { _ in RecordingsFetch(list: RecordingList()) }, fetchRecordingURLs: { _ in [] }, loadTheme: { _ in nil },
            clock: .live, logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
        let reducer = DashboardReducer(environment: environment)
        var state = DashboardState(settings: DashboardSettings(window: .month), now: now)
        _ = reducer.reduce(&state, .app(.terminalResized(width: width, height: height)))
        let applyStart = ContinuousClock.now
        _ = reducer.reduce(&state, .sessions(.response(.success(list))))
        let applyTime = ContinuousClock.now - applyStart
        let capabilities = TerminalCapabilities(colorDepth: .c256, isUTF8: true)
        var timings: [Double] = []
        for frame in 0..<frames {
            if frame % 2 == 1 { _ = reducer.reduce(&state, .pane(.sessions, .moved(.pageDown))) }
            let start = ContinuousClock.now
            let grid = DashboardView.render(state, theme: .defaultDark, keymap: .standard, capabilities: capabilities)
            let elapsed = ContinuousClock.now - start
            precondition(grid.width == width)
            timings.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        timings.sort()
        func ms(_ value: Double) -> String { String(format: "%.2f ms", value) }
        print("sessions: \(sessions)  size: \(width)x\(height)  frames: \(frames)")
        print("apply sessionsResponse (filter+sort+rows): \(ms(Double(applyTime.components.attoseconds) / 1e15 + Double(applyTime.components.seconds) * 1000))")
        print("render one frame: median \(ms(timings[timings.count / 2]))  p95 \(ms(timings[min(timings.count - 1, timings.count * 95 / 100)]))  max \(ms(timings.last ?? 0))")
        print("resident memory: \(ResidentMemory.megabytes()) MB")
    }
}

/// Reads this process's resident set size from /proc.
enum ResidentMemory {
    static func megabytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return -1 }
        return kb / 1024
    }
}
