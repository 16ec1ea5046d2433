/// Formats and parses the ISO 8601 timestamps the API exchanges.
///
/// Hand-rolled instead of `ISO8601DateFormatter` because GET /sessions may format hundreds of
/// thousands of timestamps, and because the accepted input grammar is deliberately narrow.
enum WireTime {
    /// Formats epoch seconds as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    static func format(_ epochSeconds: Int64) -> String {
        let days = floorDiv(epochSeconds, 86_400)
        let secondsOfDay = Int(epochSeconds - days * 86_400)
        let (year, month, day) = civil(fromDays: days)
        var out = [UInt8]()
        out.reserveCapacity(20)
        appendDigits(&out, year, width: 4)
        out.append(0x2D)
        appendDigits(&out, month, width: 2)
        out.append(0x2D)
        appendDigits(&out, day, width: 2)
        out.append(0x54)
        appendDigits(&out, secondsOfDay / 3600, width: 2)
        out.append(0x3A)
        appendDigits(&out, secondsOfDay / 60 % 60, width: 2)
        out.append(0x3A)
        appendDigits(&out, secondsOfDay % 60, width: 2)
        out.append(0x5A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` with optional fractional seconds and a `Z` or `±hh:mm` suffix.
    ///
    /// Returns epoch seconds (fractions are truncated), or `nil` for anything else. A space where
    /// the `+` of an offset belongs is read as `+`, because an unencoded `+` in a query string
    /// arrives as a space.
    static func parse(_ text: some StringProtocol) -> Double? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for i in start..<(start + count) {
                let b = bytes[i]
                guard b >= 0x30, b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == 0x2E {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offsetSeconds = 0
        switch bytes[index] {
        case 0x5A:
            index += 1
        case 0x2B, 0x2D, 0x20:
            guard bytes.count == index + 6, bytes[index + 3] == 0x3A,
                let oh = number(index + 1, 2), let om = number(index + 4, 2), oh < 24, om < 60
            else { return nil }
            offsetSeconds = (oh * 3600 + om * 60) * (bytes[index] == 0x2D ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return Double(seconds) + fraction
    }

    // MARK: - Calendar arithmetic (Howard Hinnant's civil-from-days algorithms)

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func appendDigits(_ out: inout [UInt8], _ value: Int, width: Int) {
        var digits = [UInt8](repeating: 0x30, count: width)
        var v = value
        for i in stride(from: width - 1, through: 0, by: -1) {
            digits[i] = UInt8(0x30 + v % 10)
            v /= 10
        }
        out.append(contentsOf: digits)
    }
}
