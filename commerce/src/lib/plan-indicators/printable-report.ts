/**
 * The Union's report for a month, six months or a year in its usual administrative form — issuing
 * body, number, place and date, title, sections with the period's figures, recipients and
 * signature — as one self-contained HTML page (A4, no script) that the browser prints to PDF.
 * The number and the date are left as "…" for the office to fill in when the report is signed.
 */
import { KHANH_HOA_PROVINCE_CODE, listFormerDistricts } from "../administrative-units"
import { formatVndPlain } from "../money"
import { STABLE_JOB_DEFINITION } from "../registry/figures"
import { INDICATORS, SECTIONS, type IndicatorId } from "./definitions"
import type { IndicatorEngine, IndicatorResult } from "./engine"
import { bounds, describePeriod, figuresAsOf, formatDay, vietnamDate, type Period } from "./period"
import { describeArea } from "./query"
import type { Area } from "./state"

const esc = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

/** "3/5 = 60 %", "12/40 HTX", "1.250.000 ₫" */
export function formatResult(r: IndicatorResult): string {
  if (r.unit === "vnd") return formatVndPlain(r.value ?? 0)
  if (r.unit === "percent") return r.value === null ? `${r.numerator}/${r.denominator} (chưa tính được)` : `${number.format(r.numerator)}/${number.format(r.denominator ?? 0)} = ${number.format(r.value)} %`
  return r.denominator === null ? number.format(r.numerator) : `${number.format(r.numerator)}/${number.format(r.denominator)}`
}

function formatTarget(r: IndicatorResult): string {
  if (r.target === null) return "—"
  return r.unit === "percent" ? `${r.target} %` : `≥ ${r.target}/năm`
}

function assessment(r: IndicatorResult): string {
  if (r.target_met === null) return r.target === null ? "" : r.value === null ? "Chưa tính được" : "Chưa đánh giá (chỉ tiêu năm)"
  return r.target_met ? "Đạt" : "Chưa đạt"
}

const TITLE_PERIOD: Record<string, (label: string) => string> = {
  month: (l) => l.replace(/^tháng (\d+)\/(\d+)$/, "tháng $1 năm $2"),
  half: (l) => l,
  year: (l) => l,
  quarter: (l) => l,
  custom: (l) => l,
}

export function printableReport(engine: IndicatorEngine, period: Period, area: Area, generatedAt: Date = new Date()): string {
  const b = bounds(period)
  const described = describePeriod(period)
  const periodLabel = TITLE_PERIOD[described.kind](described.label)
  const areaLabel = describeArea(area).label
  const results = new Map(engine.evaluate(period, area).map((r) => [r.id, r]))
  const warnings = engine.warnings(period, area)
  const kind = described.kind === "month" ? "tháng" : described.kind === "half" ? "6 tháng" : described.kind === "year" ? "năm" : "kỳ"

  const section = (key: keyof typeof SECTIONS, n: number) => {
    const ids = (Object.keys(INDICATORS) as IndicatorId[]).filter((id) => INDICATORS[id].section === key)
    return `
      <h3>${n}. ${esc(SECTIONS[key])}</h3>
      <table>
        <colgroup><col class="stt"><col><col class="result"><col class="target"><col class="assess"></colgroup>
        <thead><tr><th class="stt">TT</th><th>Chỉ tiêu</th><th class="num">Kết quả</th><th class="num">Chỉ tiêu kế hoạch</th><th>Đánh giá</th></tr></thead>
        <tbody>
          ${ids
            .map((id, i) => {
              const r = results.get(id)!
              const extra = [
                r.missing ? `${r.missing} đơn vị thiếu số liệu, không tính.` : "",
                r.breakdown?.length ? `Chia theo ${id === "ocop_products_listed" ? "số sao" : "loại hình"}: ${r.breakdown.map((x) => `${x.label} ${x.numerator}${x.denominator !== null ? `/${x.denominator}` : ""}`).join("; ")}.` : "",
              ].filter(Boolean)
              return `<tr><td class="stt">${i + 1}</td><td>${esc(r.label)}${extra.length ? `<div class="sub">${esc(extra.join(" "))}</div>` : ""}</td><td class="num">${esc(formatResult(r))}</td><td class="num">${esc(formatTarget(r))}</td><td>${esc(assessment(r))}</td></tr>`
            })
            .join("")}
        </tbody>
      </table>`
  }

  const districts = area.ward_code ? [] : area.former_district ? [area.former_district] : listFormerDistricts(KHANH_HOA_PROVINCE_CODE)
  const byDistrict = districts.map((d) => ({ d, r: new Map(engine.evaluate(period, { former_district: d }).map((x) => [x.id, x])) }))
  const frac = (r: IndicatorResult | undefined) => (r ? (r.unit === "percent" ? (r.value === null ? "—" : `${number.format(r.value)} %`) : `${r.numerator}/${r.denominator ?? "—"}`) : "")
  const districtTable = byDistrict.length
    ? `
      <h3>5. Kết quả theo địa bàn (huyện, thị xã, thành phố cũ)</h3>
      <table class="small">
        <colgroup><col class="area"><col><col><col><col><col><col><col></colgroup>
        <thead><tr><th>Địa bàn</th><th class="num">HTX có PN tham gia QL</th><th class="num">THT có PN tham gia QL</th><th class="num">Do PN đứng đầu</th><th class="num">Trên 50% LĐ nữ</th><th class="num">LĐ nữ việc làm ổn định (HTX)</th><th class="num">Cán bộ được tập huấn</th><th class="num">Thiếu số liệu</th></tr></thead>
        <tbody>${byDistrict
          .map(
            ({ d, r }) =>
              `<tr><td>${esc(d)}</td><td class="num">${frac(r.get("women_managed_htx"))}</td><td class="num">${frac(r.get("women_managed_tht"))}</td><td class="num">${frac(r.get("woman_led"))}</td><td class="num">${frac(r.get("women_majority_workforce"))}</td><td class="num">${frac(r.get("women_stable_jobs_htx"))}</td><td class="num">${frac(r.get("cadres_trained"))}</td><td class="num">${r.get("women_majority_workforce")?.missing ?? 0}</td></tr>`
          )
          .join("")}</tbody>
      </table>`
    : ""

  const dots = '<p class="dots"></p>'.repeat(3)
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Báo cáo Đề án 01 ${esc(periodLabel)} — ${esc(areaLabel)}</title>
<style>
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.4; color: #000; max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
  .hint { font-family: system-ui, sans-serif; font-size: 10pt; background: #fff7d6; border: 1px solid #e6c84f; padding: 6px 10px; margin-bottom: 12px; }
  @media print { .hint { display: none; } body { padding: 0; } }
  .head { display: grid; grid-template-columns: 1fr 1.3fr; text-align: center; }
  .head p { margin: 0; }
  .org { font-weight: normal; text-transform: uppercase; }
  .org b, .nation b { display: block; }
  .rule { width: 35%; margin: 2px auto 6px; border-top: 1px solid #000; }
  .date { font-style: italic; }
  h1 { text-align: center; font-size: 14pt; margin: 18px 0 2px; }
  .subtitle { text-align: center; font-weight: bold; margin: 0; }
  .basis { text-align: center; font-style: italic; margin: 2px 0 12px; }
  h2 { font-size: 13pt; margin: 14px 0 4px; text-transform: uppercase; }
  h3 { font-size: 13pt; margin: 10px 0 4px; }
  table { width: 100%; border-collapse: collapse; margin: 4px 0 8px; font-size: 12pt; page-break-inside: auto; }
  table.small { font-size: 10pt; table-layout: fixed; }
  table.small td.num, table.small th.num { white-space: normal; }
  th.num { text-align: center; }
  table.small th { font-size: 9.5pt; }
  table.small col.area { width: 27%; }
  col.stt { width: 9mm; } col.result { width: 30mm; } col.target { width: 24mm; } col.assess { width: 22mm; }
  tr { page-break-inside: avoid; }
  th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
  th { font-weight: bold; text-align: center; }
  .num { text-align: right; white-space: nowrap; }
  .stt { text-align: center; width: 8mm; }
  .sub { font-size: 10.5pt; font-style: italic; }
  .note { font-size: 11pt; font-style: italic; }
  .dots { border-bottom: 1px dotted #000; height: 1.4em; margin: 0; }
  .foot { display: grid; grid-template-columns: 1fr 1fr; margin-top: 18px; page-break-inside: avoid; }
  .recipients { font-size: 11pt; }
  .recipients p { margin: 0; }
  .sign { text-align: center; }
  .sign p { margin: 0; }
</style>
</head>
<body>
<p class="hint">Bản in của Hội LHPN tỉnh — nhấn Ctrl+P (trên máy Mac: ⌘P) và chọn “Lưu dưới dạng PDF” để có tệp PDF. Ghi số văn bản và ngày ký trước khi trình ký.</p>
<div class="head">
  <div><p class="org">HỘI LHPN TỈNH KHÁNH HÒA</p><p class="org"><b>BAN THƯỜNG VỤ</b></p><div class="rule"></div><p>Số: …/BC-HPN</p></div>
  <div><p class="nation"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p><div class="rule"></div><p class="date">Khánh Hòa, ngày … tháng … năm …</p></div>
</div>
<h1>BÁO CÁO</h1>
<p class="subtitle">Kết quả thực hiện Đề án “Hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ đến năm 2030” ${esc(periodLabel)}</p>
<p class="basis">(Theo Kế hoạch số 232/KH-BTV ngày 10/02/2025 của Ban Thường vụ Hội LHPN tỉnh Khánh Hòa)</p>
<p>Phạm vi báo cáo: <b>${esc(areaLabel)}</b>. Kỳ báo cáo: từ ngày ${formatDay(b.start)} đến ngày ${formatDay(b.end)}; các số liệu về hợp tác xã, ghế quản lý và cán bộ tính đến ngày ${formatDay(figuresAsOf(b.end, generatedAt))} (số liệu mới nhất của từng đơn vị đến ngày đó).</p>
<h2>I. Kết quả thực hiện các chỉ tiêu</h2>
${section("training", 1)}
${section("jobs", 2)}
<p class="note">${esc(STABLE_JOB_DEFINITION)}</p>
${section("classification", 3)}
${section("marketplace", 4)}
${districtTable}
<h2>II. Chất lượng số liệu</h2>
${
  warnings.length
    ? `<ul>${warnings.map((w) => `<li>${esc(w.message)} ${esc(w.cooperatives.slice(0, 12).map((c) => c.name).join("; "))}${w.cooperatives.length > 12 ? ` và ${w.cooperatives.length - 12} đơn vị khác` : ""}.</li>`).join("")}</ul>`
    : "<p>Các đơn vị đều có số liệu và ban quản lý được cập nhật trong vòng 6 tháng đến cuối kỳ.</p>"
}
<h2>III. Đánh giá chung</h2>
${dots}
<h2>IV. Phương hướng, nhiệm vụ ${kind === "năm" ? "năm tới" : "thời gian tới"}</h2>
${dots}
<div class="foot">
  <div class="recipients"><p><b><i>Nơi nhận:</i></b></p><p>- Ban KT-XH, Hội LHPNVN;</p><p>- UBND tỉnh;</p><p>- Thường trực Hội LHPN tỉnh;</p><p>- Lưu: VT, Ban GĐ-XH-KT.</p></div>
  <div class="sign"><p><b>TM. BAN THƯỜNG VỤ</b></p><p><b>CHỦ TỊCH</b></p><p style="height: 28mm"></p><p>&nbsp;</p></div>
</div>
<p class="note">Số liệu lập tự động từ sổ theo dõi hợp tác xã và sổ tập huấn của Hội lúc ${esc(formatDay(vietnamDate(generatedAt)))}.</p>
</body>
</html>`
}
