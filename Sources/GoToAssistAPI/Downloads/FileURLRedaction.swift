/// Shortens a recording file URL to something safe for logs and error messages.
///
/// Recording links are unguessable only because of a long random part, which may sit in the
/// query (a signature) or in the file name itself; anyone holding the link can fetch the
/// recording for 48 hours. So logs keep the scheme, host and folder, drop the query and
/// fragment, and mask the file name except for its extension.
public enum FileURLRedaction {
    /// `https://host/dir/****.mp4` for `https://host/dir/123-abc.mp4?sig=…`.
    public static func describe(_ url: String) -> String {
        var text = Substring(url)
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<cut] }
        guard let schemeEnd = text.range(of: "://") else { return "****" }
        let afterScheme = text[schemeEnd.upperBound...]
        guard let slash = afterScheme.lastIndex(of: "/") else { return String(text) }
        let name = afterScheme[afterScheme.index(after: slash)...]
        let ext = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
        return String(text[..<afterScheme.index(after: slash)]) + "****" + ext
    }
}
