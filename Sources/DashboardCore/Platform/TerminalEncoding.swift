/// Whether the user's terminal expects UTF-8, judged from the locale variables.
///
/// Read from the environment rather than from the C library, because width computation may
/// switch the process's own LC_CTYPE to a UTF-8 locale to make `wcwidth` work; what the
/// terminal can display is still what the user's variables say.
public enum TerminalEncoding {
    /// True when the effective locale variable (LC_ALL, then LC_CTYPE, then LANG) names UTF-8.
    public static func isUTF8(environment: [String: String]) -> Bool {
        let value = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }
            .first { !$0.isEmpty } ?? ""
        let lower = value.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }
}
