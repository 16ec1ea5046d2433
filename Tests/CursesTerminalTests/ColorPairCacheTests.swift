import DashboardUI
import Testing

@testable import CursesTerminal

struct ColorPairCacheTests {
    private let red = ColorPairCache.Colors(foreground: .ansi(1), background: .default)
    private let blue = ColorPairCache.Colors(foreground: .ansi(4), background: .default)
    private let brightRed = ColorPairCache.Colors(foreground: .ansi(9), background: .default)

    @Test func defaultColorsUsePairZeroWithoutAllocating() {
        var cache = ColorPairCache(colorPairs: 256)
        #expect(cache.pair(for: ColorPairCache.defaultColors) == .existing(0))
        #expect(cache.allocatedCount == 0)
    }

    @Test func newCombinationsAllocateAscendingPairs() {
        var cache = ColorPairCache(colorPairs: 256)
        #expect(cache.pair(for: red) == .allocated(1))
        #expect(cache.pair(for: blue) == .allocated(2))
        #expect(cache.allocatedCount == 2)
    }

    @Test func repeatedCombinationReusesItsPair() {
        var cache = ColorPairCache(colorPairs: 256)
        _ = cache.pair(for: red)
        _ = cache.pair(for: blue)
        #expect(cache.pair(for: red) == .existing(1))
        #expect(cache.allocatedCount == 2)
    }

    @Test func exhaustedCacheSubstitutesClosestExistingPair() {
        var cache = ColorPairCache(colorPairs: 3)  // pairs 1 and 2 are allocatable
        _ = cache.pair(for: red)
        _ = cache.pair(for: blue)
        #expect(cache.pair(for: brightRed) == .substitute(1))
        #expect(cache.pair(for: brightRed).pair == 1, "the substitute sticks")
        #expect(cache.allocatedCount == 2)
    }

    @Test func cacheWithoutPairsFallsBackToDefault() {
        var cache = ColorPairCache(colorPairs: 0)
        #expect(cache.pair(for: red) == .substitute(0))
    }

    @Test func backgroundMismatchWithDefaultIsFarAway() {
        var cache = ColorPairCache(colorPairs: 2)  // only pair 1
        let onWhite = ColorPairCache.Colors(foreground: .default, background: .ansi(15))
        _ = cache.pair(for: onWhite)
        // Plain red text should not turn into "default on white": pair 0 is closer.
        #expect(cache.pair(for: red) == .substitute(0))
    }

    @Test func pairCursesRefusedIsNotHandedOutAgain() {
        var cache = ColorPairCache(colorPairs: 256)
        _ = cache.pair(for: red)
        cache.markFailed(red)
        #expect(cache.pair(for: red) == .existing(0))
    }
}
