import ArgumentParser

/// The one range check for numeric options, with the message every command prints.
///
/// Numeric options are declared with `parsing: .unconditional`, so `--days -3` reaches this
/// check (argument-parser would otherwise take `-3` for an option and say the value is
/// missing), and the user reads what is wrong and what is allowed.
enum OptionRange {
    /// Refuses `value` outside `range` (and any non-finite number), naming the option.
    static func check<T: BinaryInteger>(_ value: T, _ option: String, _ range: ClosedRange<T>) throws {
        guard !range.contains(value) else { return }
        throw ValidationError(message(option, "\(value)", negative: value < 0, "\(range.lowerBound)", "\(range.upperBound)"))
    }

    static func check(_ value: Double, _ option: String, _ range: ClosedRange<Double>) throws {
        guard !value.isFinite || !range.contains(value) else { return }
        throw ValidationError(message(option, "\(value)", negative: value < 0, text(range.lowerBound), text(range.upperBound)))
    }

    private static func message(_ option: String, _ value: String, negative: Bool, _ low: String, _ high: String) -> String {
        "\(option) must be from \(low) to \(high), got \(value)" + (negative ? " (negative)" : "")
    }

    private static func text(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
