import DashboardCore
import Testing
@testable import DashboardConfig

/// `download_dir`: read at the top level and per profile, never empty.
struct ConfigDownloadDirTests {
    @Test func theDownloadDirectoryIsReadAndAProfileOverridesIt() throws {
        let config = try ConfigLoader.parse("""
            download_dir = "~/rec"
            [profiles.emea]
            download_dir = "/srv/emea-rec"
            """, path: "config.toml")
        #expect(config.downloadDirectory == "~/rec")
        #expect(try config.resolved(profile: "emea", path: "config.toml").downloadDirectory == "/srv/emea-rec")
    }

    @Test func anEmptyDownloadDirectoryIsRefused() {
        #expect(throws: ConfigError.self) { try ConfigLoader.parse("download_dir = \"\"\n", path: "config.toml") }
    }
}
