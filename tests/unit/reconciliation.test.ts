import writeXlsxFile from "write-excel-file/node"
import { describe, expect, it } from "vitest"
import { readSpreadsheetRecords } from "../../commerce/src/lib/product-import/read-spreadsheet"
import { matchedKeys, matchStatement, reportMessage, type AwaitedOrder } from "../../commerce/src/lib/reconciliation/match"
import { columnOf, parseAmount, parseDate, readStatement } from "../../commerce/src/lib/reconciliation/statement"

const utf8 = (text: string) => new TextEncoder().encode(text)
async function statement(bytes: Uint8Array, name = "sao-ke.csv") {
  const read = await readSpreadsheetRecords(bytes, name)
  expect(read.issues).toEqual([])
  return readStatement(read.records)
}

/** As Vietcombank's "Sao kê tài khoản" CSV export looks: a title block, then one row per transaction. */
const VCB_CSV = [
  "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,,",
  "SAO KÊ TÀI KHOẢN,,,,,",
  "Số tài khoản: 0011004455667,,,,,",
  "Từ ngày 01/12/2026 đến ngày 05/12/2026,,,,,",
  ",,,,,",
  "STT,Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Mô tả",
  '1,01/12/2026 09:15:02,FT263350001,,"405,000","MBVCB.3345678912.CHOHTX G0Y1SQPX6G.CT tu 0123456789 NGUYEN THI LAN"',
  '2,01/12/2026 10:01:44,FT263350002,,"370,000",IBFT chohtx k2m4n6p8q0 chuyen tien',
  '3,02/12/2026 08:00:00,FT263350003,"20,000",,Phi quan ly tai khoan',
  '4,02/12/2026 11:30:10,FT263350004,,"500,000",Ung ho Hoi phu nu',
  '5,03/12/2026 15:45:00,FT263350005,,"405,000",CHOHTXG0Y1SQPX6G chuyen lai',
  '6,04/12/2026 16:00:00,FT263350006,"405,000",,Hoan tien CHOHTX G0Y1SQPX6G',
  ",,,Tổng phát sinh,\"1,680,000\",",
].join("\r\n")

describe("reading a bank statement", () => {
  it("finds the header under the title block and keeps the incoming transfers", async () => {
    const read = await statement(utf8(VCB_CSV))
    expect(read.issues).toEqual([])
    expect(read.lines.map((l) => [l.row, l.date, l.amount, l.reference])).toEqual([
      [7, "2026-12-01", 405_000, "CHOHTX G0Y1SQPX6G"],
      [8, "2026-12-01", 370_000, "CHOHTX K2M4N6P8Q0"],
      [10, "2026-12-02", 500_000, null],
      [11, "2026-12-03", 405_000, "CHOHTX G0Y1SQPX6G"],
    ])
    // the fee (money out), the refund (money out with the reference) and the totals row are not transfers in
    expect(read.ignored).toBe(3)
  })

  it("reads bilingual XLSX headers, numbers and date cells (Techcombank-like)", async () => {
    const rows = [
      ["TECHCOMBANK — SAO KÊ", null, null, null, null],
      ["Ngày giao dịch/Transaction Date", "Đối tác/Remitter", "Diễn giải/Details", "Nợ/Debit", "Có/Credit"],
      [{ value: new Date(Date.UTC(2026, 11, 1)), type: Date, format: "dd/mm/yyyy" }, "NGUYEN THI LAN", "CHOHTX G0Y1SQPX6G", null, 405000],
      ["02/12/2026", "TRAN VAN B", "thanh toan don hang", null, 120000],
    ]
    const bytes = new Uint8Array(await writeXlsxFile(rows as never).toBuffer())
    const read = await statement(bytes, "sao-ke.xlsx")
    expect(read.lines.map((l) => [l.row, l.date, l.amount, l.reference])).toEqual([
      [3, "2026-12-01", 405_000, "CHOHTX G0Y1SQPX6G"],
      [4, "2026-12-02", 120_000, null],
    ])
  })

  it("reads one signed amount column with semicolons (money out is negative)", async () => {
    const csv = "Ngày;Số tiền;Nội dung\n05-12-2026;+405.000;CHOHTX G0Y1SQPX6G\n05-12-2026;-50.000;CHOHTX G0Y1SQPX6G hoan tien\n"
    const read = await statement(utf8(csv))
    expect(read.lines.map((l) => [l.amount, l.reference])).toEqual([[405_000, "CHOHTX G0Y1SQPX6G"]])
    expect(read.ignored).toBe(1)
  })

  it("says in Vietnamese (and English) when no statement header is found", async () => {
    const read = await statement(utf8("Tên sản phẩm,Giá\nNước mắm,85000\n"))
    expect(read.lines).toEqual([])
    expect(read.issues[0].message).toMatch(/Không tìm thấy dòng tiêu đề của sao kê/)
    expect(read.issues[0].message_en).toMatch(/No statement header/)
  })

  it("parses the amounts and dates banks write", () => {
    for (const [text, n] of [
      ["405,000", 405_000],
      ["405.000", 405_000],
      ["1.250.000", 1_250_000],
      ["1,250,000.00", 1_250_000],
      ["1.250.000,00", 1_250_000],
      ["1 250 000 VND", 1_250_000],
      ["+405.000 đ", 405_000],
      ["(50.000)", -50_000],
      [405000, 405_000],
    ] as const) {
      expect(parseAmount(text), String(text)).toBe(n)
    }
    for (const bad of ["12.5", "1.25.000", "abc", "", 12.5]) expect(parseAmount(bad), String(bad)).toBeNull()
    expect(parseDate("05/12/2026 14:03:22")).toBe("2026-12-05")
    expect(parseDate("5.12.2026")).toBe("2026-12-05")
    expect(parseDate("2026-12-05")).toBe("2026-12-05")
    expect(parseDate(46361)).toBe("2026-12-05")
    expect(parseDate("31/02/2026")).toBeNull()
    expect(parseDate("Tổng")).toBeNull()
    expect(columnOf("Số tiền ghi có (VND)")).toBe("credit")
    expect(columnOf("Nợ/Debit")).toBe("debit")
    expect(columnOf("STT")).toBeNull()
  })
})

describe("matching the lines to the orders awaiting a transfer", () => {
  const order = (display_id: number, reference: string, amount_due: number, extra: Partial<AwaitedOrder> = {}): AwaitedOrder => ({
    order_id: `order_${display_id}`,
    display_id,
    payment_id: `pay_${display_id}0000000000`,
    reference,
    amount_due,
    paid: false,
    cancelled: false,
    ...extra,
  })
  const line = (row: number, amount: number | null, reference: string | null) => ({ row, date: "2026-12-01", amount, description: reference ?? "", reference })

  it("says matched, amount differs, unknown, already paid, duplicate, cancelled or unreadable for each line", () => {
    const orders = new Map(
      [
        order(1024, "CHOHTX AAAAAAAAAA", 405_000),
        order(1025, "CHOHTX BBBBBBBBBB", 370_000),
        order(1026, "CHOHTX CCCCCCCCCC", 0, { paid: true }),
        order(1027, "CHOHTX DDDDDDDDDD", 150_000, { cancelled: true }),
        order(1028, "CHOHTX EEEEEEEEEE", 90_000),
      ].map((o) => [o.reference, o]),
    )
    const report = matchStatement(
      [
        line(7, 405_000, "CHOHTX AAAAAAAAAA"),
        line(8, 350_000, "CHOHTX BBBBBBBBBB"),
        line(9, 500_000, null),
        line(10, 200_000, "CHOHTX ZZZZZZZZZZ"),
        line(11, 405_000, "CHOHTX AAAAAAAAAA"),
        line(12, 220_000, "CHOHTX CCCCCCCCCC"),
        line(13, 150_000, "CHOHTX DDDDDDDDDD"),
        line(14, null, "CHOHTX EEEEEEEEEE"),
      ],
      orders,
      3,
    )
    expect(report.lines.map((l) => [l.row, l.status, l.order?.display_id ?? null])).toEqual([
      [7, "matched", 1024],
      [8, "amount_differs", 1025],
      [9, "unknown_reference", null],
      [10, "unknown_reference", null],
      [11, "duplicate", 1024],
      [12, "already_paid", 1026],
      [13, "order_cancelled", 1027],
      [14, "unreadable", 1028],
    ])
    expect(report.lines[1].message).toBe("Đơn #1025 chờ 370.000 ₫, dòng này 350.000 ₫.")
    expect(report.lines[4].message).toMatch(/Trùng với dòng 7/)
    expect(report.summary).toMatchObject({ lines: 8, ignored: 3, matched: 1, amount_differs: 1, unknown_reference: 2, duplicate: 1, already_paid: 1, order_cancelled: 1, unreadable: 1, matched_amount: 405_000 })
    expect(matchedKeys(report)).toEqual(["7:pay_10240000000000"])
    expect(reportMessage(report, null).message).toMatch(/^8 dòng chuyển khoản đến: 1 khớp \(405\.000 ₫\), 1 số tiền khác, 2 không rõ đơn/)
    expect(reportMessage(report, 1).message).toMatch(/Đã ghi nhận thanh toán 1 đơn\.$/)
  })

  it("finds nothing left to capture in a statement whose orders are now paid", () => {
    const orders = new Map([["CHOHTX AAAAAAAAAA", order(1024, "CHOHTX AAAAAAAAAA", 0, { paid: true })]])
    const report = matchStatement([line(7, 405_000, "CHOHTX AAAAAAAAAA")], orders)
    expect(report.lines[0].status).toBe("already_paid")
    expect(matchedKeys(report)).toEqual([])
  })
})
