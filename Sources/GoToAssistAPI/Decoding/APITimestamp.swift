import Foundation

/// Parses and formats the API's ISO 8601 timestamps.
///
/// The record is unsure which exact form the service emits (API-FACTS §4.1), so parsing accepts
/// optional fractional seconds and `Z`, `±hh:mm` or `±hhmm`; formatting always writes the
/// seconds-`Z` form that every known client sent. Hand-written because a 100,000-session
/// response must parse quickly and `ISO8601DateFormatter` rejects some of these variants.
public enum APITimestamp {
    /// Parses a timestamp, or returns nil when the text is not one of the accepted forms.
    public static func parse(_ text: String) -> Date? {
        var utf8 = Array(text.utf8)
        if utf8.count < 19 { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let c = utf8[i]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let year = digits(0..<4), utf8[4] == UInt8(ascii: "-"),
              let month = digits(5..<7), utf8[7] == UInt8(ascii: "-"),
              let day = digits(8..<10), utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: "t"),
              let hour = digits(11..<13), utf8[13] == UInt8(ascii: ":"),
              let minute = digits(14..<16), utf8[16] == UInt8(ascii: ":"),
              let second = digits(17..<19)
        else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < utf8.count, utf8[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < utf8.count, utf8[index] >= 48, utf8[index] <= 57 {
                fraction += Double(utf8[index] - 48) * scale
                scale /= 10
                index += 1
            }
            if index == start { return nil }
        }
        guard index < utf8.count else { return nil }
        var offsetSeconds = 0
        let zone = utf8[index]
        if zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") {
            index += 1
        } else if zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") {
            let sign = zone == UInt8(ascii: "+") ? 1 : -1
            index += 1
            guard index + 2 <= utf8.count, let hh = digits(index..<index + 2) else { return nil }
            index += 2
            if index < utf8.count, utf8[index] == UInt8(ascii: ":") { index += 1 }
            guard index + 2 <= utf8.count, let mm = digits(index..<index + 2), hh < 24, mm < 60
            else { return nil }
            index += 2
            offsetSeconds = sign * (hh * 3600 + mm * 60)
        } else {
            return nil
        }
        guard index == utf8.count else { return nil }
        utf8.removeAll()
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Formats a date as `YYYY-MM-DDTHH:MM:SSZ` in UTC, dropping fractions.
    public static func format(_ date: Date) -> String {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        var days = total / 86_400
        var rest = total % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (y, m, d) = civilFromDays(days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = String(y)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return "\(paddedYear)-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    // Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
