/**
 * An attendance sheet (one row per person) matched to the people the system knows: Union cadres
 * (name + unit) and holders of cooperative management seats (name + cooperative). Pure.
 */
import type { ImportIssue, RawRow, SheetColumn } from "../product-import/read-spreadsheet"
import { foldVietnamese } from "../product-import/text"
import { cellToText } from "../product-import/validate"
import type { AttendeeInput } from "./input"

export const ATTENDANCE_COLUMNS = [
  { key: "full_name", vi: "Họ tên", en: "full_name", required: true },
  { key: "unit", vi: "Đơn vị", en: "unit", required: true },
  { key: "passed", vi: "Đạt yêu cầu", en: "passed", required: false },
] as const satisfies readonly SheetColumn[]
type Key = (typeof ATTENDANCE_COLUMNS)[number]["key"]

const YES = new Set(["co", "dat", "x", "yes", "1", "true"])
const NO = new Set(["khong", "khong dat", "chua dat", "no", "0", "false"])

export function matchAttendanceRows(
  rows: RawRow<Key>[],
  people: {
    cadres: { id: string; full_name: string; unit: string }[]
    seats: { id: string; holder_name: string; cooperative_id: string }[]
    cooperatives: { id: string; name: string }[]
  }
): { attendees: AttendeeInput[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const attendees: AttendeeInput[] = []
  const coopName = new Map(people.cooperatives.map((c) => [c.id, foldVietnamese(c.name)]))
  for (const { row, cells } of rows) {
    const name = foldVietnamese(cells.full_name === undefined ? "" : cellToText(cells.full_name))
    const unit = foldVietnamese(cells.unit === undefined ? "" : cellToText(cells.unit))
    const passedText = cells.passed === undefined ? "" : foldVietnamese(cellToText(cells.passed))
    const passed = passedText === "" ? null : YES.has(passedText) ? true : NO.has(passedText) ? false : undefined
    if (passed === undefined) issues.push({ row, column: "Đạt yêu cầu", message: `“${cellToText(cells.passed!)}” không rõ; ghi Có/Đạt hoặc Không.` })
    const cadres = people.cadres.filter((c) => foldVietnamese(c.full_name) === name && (foldVietnamese(c.unit).includes(unit) || unit.includes(foldVietnamese(c.unit))))
    const seats = people.seats.filter((s) => foldVietnamese(s.holder_name) === name && (coopName.get(s.cooperative_id) ?? "").includes(unit))
    const found = [...cadres.map((c) => ({ cadre_id: c.id })), ...[...new Map(seats.map((s) => [s.cooperative_id, s])).values()].map((s) => ({ management_role_id: s.id }))]
    if (found.length === 0) issues.push({ row, column: "Họ tên", message: "Không tìm thấy cán bộ Hội hay người quản lý hợp tác xã nào có họ tên và đơn vị này." })
    else if (found.length > 1) issues.push({ row, column: "Đơn vị", message: "Có nhiều người trùng họ tên và đơn vị này; ghi rõ tên đơn vị hơn." })
    else if (passed !== undefined) attendees.push({ ...found[0], passed } as AttendeeInput)
  }
  return { attendees, issues }
}
