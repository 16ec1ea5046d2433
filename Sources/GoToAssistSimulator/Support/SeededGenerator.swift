/// A deterministic SplitMix64 random number generator.
///
/// All generated data derives from one of these, so a seed fully determines the simulator's world;
/// `SystemRandomNumberGenerator` is never used.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    /// Creates a generator for one named purpose, so adding draws in one area never shifts another.
    init(seed: UInt64, stream: UInt64) {
        self.state = Self.mix(seed &+ Self.mix(stream &+ 0x5851_F42D_4C95_7F2D))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a cheap, well-distributed 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Hashes several values into one, in order.
    static func hash(_ values: UInt64...) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for value in values {
            h = mix(h ^ mix(value &+ 0x1319_8A2E_0370_7344))
        }
        return h
    }

    /// A value in `range` (inclusive).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ values: [T]) -> T {
        values[Int(next() % UInt64(values.count))]
    }

    /// Lowercase hex digits of the next `count * 16` bits.
    mutating func hex(words count: Int) -> String {
        var out = ""
        out.reserveCapacity(count * 16)
        for _ in 0..<count {
            out += Self.hex16(next())
        }
        return out
    }

    /// A 16-digit, zero-padded lowercase hex rendering of `value`.
    static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
