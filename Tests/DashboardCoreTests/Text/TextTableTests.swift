import Testing

@testable import DashboardCore

@Suite struct TextTableTests {
    let rows = [
        ["4711", "Alice Müller", "waiting"],
        ["12", "山田太郎", "active"],
    ]

    @Test func columnsAlignByDisplayWidth() {
        let table = TextTable(columns: [
            .init("ID", alignment: .right), .init("CUSTOMER"), .init("STATUS"),
        ])
        #expect(
            table.render(rows: rows) == [
                "  ID  CUSTOMER      STATUS",
                "4711  Alice Müller  waiting",
                "  12  山田太郎      active",
            ])
    }

    @Test func flexibleColumnAbsorbsTheRemainingWidth() {
        let table = TextTable(columns: [
            .init("ID"), .init("CUSTOMER", isFlexible: true), .init("STATUS"),
        ])
        let lines = table.render(rows: rows, totalWidth: 40, trimsTrailingSpaces: false)
        #expect(lines.allSatisfy { DisplayWidth.width($0) == 40 })
        // 40 columns minus ID (4), STATUS (7) and two separators leave 25 for CUSTOMER.
        #expect(lines[1] == "4711  Alice Müller" + String(repeating: " ", count: 13) + "  waiting")
    }

    @Test func flexibleColumnShrinksFirstWithAnEllipsis() {
        let table = TextTable(columns: [
            .init("ID"), .init("CUSTOMER", minWidth: 4, isFlexible: true), .init("STATUS"),
        ])
        // Natural widths 4 + 12 + 7 plus two separators need 27 columns; CUSTOMER gives up 7.
        #expect(
            table.render(rows: rows, totalWidth: 20) == [
                "ID    CUST…  STATUS",
                "4711  Alic…  waiting",
                "12    山田…  active",
            ])
    }

    @Test func columnsNeverShrinkBelowTheirMinimum() {
        let table = TextTable(columns: [
            .init("ID", minWidth: 4), .init("CUSTOMER", minWidth: 6), .init("STATUS", minWidth: 6),
        ])
        let layout = table.layout(rows: rows, totalWidth: 10)
        #expect(layout.widths == [4, 6, 6])
        // The lines are then cut at the total width.
        #expect(
            table.render(rows: rows, totalWidth: 10).allSatisfy { DisplayWidth.width($0) <= 10 })
    }

    @Test func widestFixedColumnShrinksFirst() {
        let table = TextTable(columns: [.init("A"), .init("B")], separator: " ")
        let layout = table.layout(rows: [["aaaaaaaaaa", "bbbb"]], totalWidth: 11)
        #expect(layout.widths == [6, 4])
    }

    @Test func maxWidthCapsAColumnEvenWithRoomToSpare() {
        let table = TextTable(columns: [.init("NAME", maxWidth: 6), .init("X")])
        #expect(table.render(rows: [["Bartholomew", "1"]]) == ["NAME    X", "Barth…  1"])
    }

    @Test func missingCellsAreBlankAndExtraCellsIgnored() {
        let table = TextTable(columns: [.init("A"), .init("B")])
        #expect(table.render(rows: [["1"], ["2", "x", "ignored"]]) == ["A  B", "1", "2  x"])
    }

    @Test func layoutGivesOffsetsForDrawingCellsSeparately() {
        let table = TextTable(columns: [.init("ID", alignment: .right), .init("NAME")])
        let layout = table.layout(rows: [["4711", "Alice"]], includeHeader: false)
        #expect(layout.widths == [4, 5])
        #expect(layout.offsets == [0, 6])
        #expect(layout.totalWidth == 11)
        #expect(layout.cells(for: ["7", "Bo"]) == ["   7", "Bo   "])
    }

    @Test func headerCanBeLeftOut() {
        let table = TextTable(columns: [.init("LONG HEADER")])
        #expect(table.render(rows: [["x"]], includeHeader: false) == ["x"])
    }

    @Test func emptyTableRendersOnlyTheHeader() {
        let table = TextTable(columns: [.init("A"), .init("B")])
        #expect(table.render(rows: []) == ["A  B"])
        #expect(TextTable(columns: []).render(rows: [[]]) == ["", ""])
    }
}
