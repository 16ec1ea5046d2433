import Foundation

/// A parsed `Content-Range: bytes first-last/total` (or `bytes */total`) response header.
///
/// The downloader needs it to check that a 206 starts exactly where the `.part` ends and to
/// learn the whole file's size, which a 206's `Content-Length` does not give.
struct ContentRange: Equatable {
    /// The first byte sent, or nil for the `*/total` form of a 416.
    var first: Int64?
    var last: Int64?
    /// The whole file's size, or nil when the server wrote `*`.
    var total: Int64?

    init(first: Int64?, last: Int64?, total: Int64?) {
        self.first = first
        self.last = last
        self.total = total
    }

    init?(_ header: String) {
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.lowercased().hasPrefix("bytes ") else { return nil }
        let spec = text.dropFirst("bytes ".count)
        let halves = spec.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        total = halves[1] == "*" ? nil : Int64(halves[1])
        if halves[1] != "*", total == nil { return nil }
        if halves[0] == "*" {
            first = nil
            last = nil
        } else {
            let bounds = halves[0].split(separator: "-", maxSplits: 1)
            guard bounds.count == 2, let a = Int64(bounds[0]), let b = Int64(bounds[1]), a <= b else { return nil }
            first = a
            last = b
        }
    }
}
