#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's `wcwidth`, always evaluated in a UTF-8 `LC_CTYPE`.
///
/// `wcwidth` answers -1 for every non-ASCII character unless the calling thread's `LC_CTYPE`
/// is UTF-8, and a Swift process starts in the "C" locale; jump hosts often run with
/// `LANG=C` too. Switching the process's `LC_CTYPE` to "C.UTF-8" once with `setlocale` would
/// work until it doesn't: `setlocale` is process-wide, races with other threads, and the curses
/// layer calls `setlocale(LC_ALL, "")` at start-up, silently undoing the switch. Instead this
/// type creates a private "C.UTF-8" locale object once and installs it with `uselocale` only
/// for the duration of a width computation, on the current thread only. Widths are therefore
/// the same whatever the user's locale and whatever other modules do to the global one. UTF-8
/// locales in glibc share one width table, so nothing is lost by not using the user's own.
///
/// On Linux the Glibc module hides `wcwidth` (it is declared only under `_XOPEN_SOURCE`), so
/// the symbol is looked up once with `dlsym`. If neither the symbol nor a UTF-8 locale is
/// available (an exotic libc), a small built-in approximation of the East Asian wide ranges
/// is used so the app still aligns CJK text.
struct WidthTable: @unchecked Sendable {
    // @unchecked: both members are written once in `init` and only read afterwards; glibc's
    // locale objects may be used from several threads at once through `uselocale`.
    private typealias WCWidthFunction = @convention(c) (Int32) -> Int32

    private let wcwidthFunction: WCWidthFunction?
    private let utf8Locale: locale_t?

    /// The process-wide table, created on first use.
    ///
    /// A `static let` is initialised exactly once and thread-safely by the Swift runtime,
    /// without a lock on later reads.
    static let shared = WidthTable()

    private init() {
        #if canImport(Darwin)
            wcwidthFunction = { wcwidth(wchar_t($0)) }
        #else
            let handle = dlopen(nil, RTLD_NOW)
            if let symbol = dlsym(handle, "wcwidth") {
                wcwidthFunction = unsafeBitCast(symbol, to: WCWidthFunction.self)
            } else {
                wcwidthFunction = nil
            }
        #endif
        var found: locale_t? = nil
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] {
            if let locale = newlocale(Int32(LC_CTYPE_MASK), name, nil) {
                found = locale
                break
            }
        }
        utf8Locale = found
    }

    /// Runs `body` with the UTF-8 locale installed on this thread, then restores the old one.
    func withUTF8Locale<Result>(_ body: () -> Result) -> Result {
        guard let utf8Locale else { return body() }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return body()
    }

    /// Returns the terminal width of one scalar: 0, 1 or 2, or -1 when it is not printable.
    ///
    /// Call inside ``withUTF8Locale(_:)``.
    func width(of scalar: Unicode.Scalar) -> Int {
        if let wcwidthFunction, utf8Locale != nil {
            return Int(wcwidthFunction(Int32(bitPattern: scalar.value)))
        }
        return Self.approximateWidth(of: scalar)
    }

    /// Approximates `wcwidth` from Unicode properties and the main East Asian wide ranges.
    static func approximateWidth(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        case .control, .unassigned, .surrogate: return -1
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return scalar.properties.isEmojiPresentation ? 2 : 1
        }
    }
}
