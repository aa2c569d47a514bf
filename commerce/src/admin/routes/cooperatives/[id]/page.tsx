/// <reference lib="dom" />
import { Badge, Button, Container, Heading, Input, Label, Table, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useCallback, useEffect, useMemo, useState } from "react"
import { useParams } from "react-router-dom"
import { adminFetch, AdminApiError, viDate, viNumber } from "../../../components/admin-api"
import { RegistryForm, selectClass } from "../../../components/registry-form"

type Seat = { id: string; role: string; role_label: string; holder_name: string; holder_gender: string; started_on: string | null; ended_on: string | null; current: boolean }
type Figure = { id: string; as_of: string; members_total: number; members_women: number; workers_total: number; workers_women: number; women_stable_jobs: number; women_avg_monthly_income_vnd: number | null; entered_by_name: string; source: string }
type StatusChange = { id: string; registry_status: string; effective_on: string; reason: string; actor_name: string }
type History = { id: string; at: string; actor_name: string; field_label: string; old_text: string; new_text: string; reason: string | null }
type Cooperative = Record<string, any> & {
  id: string
  name: string
  management_seats: Seat[]
  figure_records: Figure[]
  status_changes: StatusChange[]
  history: History[]
}
type Staff = { id: string; email: string; full_name: string }
type Invite = { id: string; email: string; full_name: string; expires_at: string }

const REGISTRY_STATUS: Record<string, string> = { operating: "Đang hoạt động", suspended: "Tạm ngừng hoạt động", dissolved: "Đã giải thể" }
const SEATS: [string, string][] = [
  ["chair", "Chủ tịch HĐQT"],
  ["director", "Giám đốc"],
  ["deputy_director", "Phó giám đốc"],
  ["board_member", "Thành viên HĐQT"],
  ["supervisory_board", "Ban kiểm soát"],
]
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "")
const today = () => new Date().toISOString().slice(0, 10)

function Section(props: { title: string; children: ReactNode; hint?: string }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{props.title}</Heading>
        {props.hint && <Text size="small" className="text-ui-fg-subtle">{props.hint}</Text>}
      </div>
      {props.children}
    </Container>
  )
}

/** A small form that posts JSON and shows the server's per-field problems. */
function useAction(after: () => void) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const run = async (path: string, body: unknown) => {
    setErrors({})
    setMessage(null)
    try {
      await adminFetch(path, { method: "POST", body })
      setMessage("Đã lưu.")
      after()
      return true
    } catch (err) {
      if (err instanceof AdminApiError) setErrors(err.byField())
      setMessage((err as Error).message)
      return false
    }
  }
  return { errors, message, run }
}

/** One cooperative's registry record: fields, figures over time, management, status, history, portal accounts. */
const CooperativePage = () => {
  const { id } = useParams()
  const [coop, setCoop] = useState<Cooperative | null>(null)
  const [definition, setDefinition] = useState<string>("")
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    adminFetch<{ cooperative: Cooperative; stable_job_definition: string }>(`/admin/cooperatives/${id}`)
      .then((r) => {
        setCoop(r.cooperative)
        setDefinition(r.stable_job_definition)
      })
      .catch((e: Error) => setError(e.message))
  }, [id])
  useEffect(load, [load])

  const initial = useMemo(() => {
    if (!coop) return {}
    const v: Record<string, string> = {}
    for (const k of ["name", "kind", "registration_number", "ward_code", "former_district", "street_address", "contact_name", "phone", "zalo_phone", "email", "facebook_url", "description"]) v[k] = coop[k] ?? ""
    for (const k of ["members_total", "members_women", "workers_total", "workers_women", "women_stable_jobs", "women_avg_monthly_income_vnd"]) v[k] = coop[k] === null || coop[k] === undefined ? "" : String(coop[k])
    v.founded_on = day(coop.founded_on)
    v.figures_as_of = ""
    return v
  }, [coop])

  if (error) return <Container><Text className="text-ui-fg-error">{error}</Text></Container>
  if (!coop) return <Container><Text>Đang tải…</Text></Container>

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{coop.name}</Heading>
        <div className="mt-2 flex flex-wrap gap-2">
          <Badge>{coop.kind_label}</Badge>
          <Badge color={coop.registry_status === "operating" ? "green" : "orange"}>{coop.registry_status_label}</Badge>
          <Badge color={coop.selling ? "blue" : "grey"}>{coop.status_label}</Badge>
          {coop.woman_led && <Badge color="purple">Nữ làm chủ tịch/giám đốc</Badge>}
          {!coop.woman_led && coop.women_in_management && <Badge color="purple">Nữ tham gia quản lý</Badge>}
          {coop.women_majority_workforce && <Badge>Trên 50% lao động nữ</Badge>}
        </div>
        <Text size="small" className="mt-2 text-ui-fg-subtle">
          {[coop.street_address, coop.ward_name, coop.province_name].filter(Boolean).join(", ")} · huyện cũ: {coop.former_district}
        </Text>
      </Container>

      <Section title="Hồ sơ" hint="Sửa rồi bấm Lưu. Số liệu thay đổi được ghi thành một bản số liệu theo ngày; mọi thay đổi có trong lịch sử.">
        <RegistryForm
          initial={initial}
          submitLabel="Lưu hồ sơ"
          stableJobDefinition={definition}
          onSubmit={async (payload) => {
            await adminFetch(`/admin/cooperatives/${id}`, { method: "POST", body: payload })
            load()
          }}
        />
      </Section>

      <FiguresSection coop={coop} definition={definition} reload={load} />
      <ManagementSection coop={coop} reload={load} />
      <StatusSection coop={coop} reload={load} />

      <Section title="Lịch sử thay đổi">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Thời gian</Table.HeaderCell>
              <Table.HeaderCell>Người sửa</Table.HeaderCell>
              <Table.HeaderCell>Mục</Table.HeaderCell>
              <Table.HeaderCell>Cũ → mới</Table.HeaderCell>
              <Table.HeaderCell>Lý do</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {coop.history.map((h) => (
              <Table.Row key={h.id}>
                <Table.Cell>{new Date(h.at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}</Table.Cell>
                <Table.Cell>{h.actor_name}</Table.Cell>
                <Table.Cell>{h.field_label}</Table.Cell>
                <Table.Cell>{h.old_text} → {h.new_text}</Table.Cell>
                <Table.Cell>{h.reason ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {coop.history.length === 0 && <Text size="small" className="px-6 py-3 text-ui-fg-subtle">Chưa có thay đổi nào.</Text>}
      </Section>

      <PortalAccounts id={coop.id} />
    </div>
  )
}

function FiguresSection({ coop, definition, reload }: { coop: Cooperative; definition: string; reload: () => void }) {
  const { errors, message, run } = useAction(reload)
  const [v, setV] = useState<Record<string, string>>({ as_of: today() })
  const set = (k: string) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const n = (k: string) => (v[k] === undefined || v[k] === "" ? (k === "women_avg_monthly_income_vnd" ? null : 0) : Number(v[k]))
    run(`/admin/cooperatives/${coop.id}/figures`, {
      as_of: v.as_of,
      ...Object.fromEntries(["members_total", "members_women", "workers_total", "workers_women", "women_stable_jobs", "women_avg_monthly_income_vnd"].map((k) => [k, n(k)])),
    })
  }
  const cell = (k: string, label: string, type = "number") => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`fig-${k}`}>{label}</Label>
      <Input id={`fig-${k}`} type={type} value={v[k] ?? ""} onChange={set(k)} />
      {errors[k] && <Text size="small" className="text-ui-fg-error">{errors[k]}</Text>}
    </div>
  )
  return (
    <Section title="Số liệu theo thời gian" hint={`Chỉ tiêu của một kỳ dùng bản số liệu mới nhất đến cuối kỳ; kỳ không có bản nào được báo là “thiếu số liệu”, không tính là 0. ${definition}`}>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Đến ngày</Table.HeaderCell>
            <Table.HeaderCell>Thành viên (nữ)</Table.HeaderCell>
            <Table.HeaderCell>Lao động (nữ)</Table.HeaderCell>
            <Table.HeaderCell>Nữ có việc làm ổn định</Table.HeaderCell>
            <Table.HeaderCell>Thu nhập BQ nữ</Table.HeaderCell>
            <Table.HeaderCell>Người nhập</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {coop.figure_records.map((f) => (
            <Table.Row key={f.id}>
              <Table.Cell>{viDate(f.as_of)}</Table.Cell>
              <Table.Cell>{viNumber(f.members_total)} ({viNumber(f.members_women)})</Table.Cell>
              <Table.Cell>{viNumber(f.workers_total)} ({viNumber(f.workers_women)})</Table.Cell>
              <Table.Cell>{viNumber(f.women_stable_jobs)}</Table.Cell>
              <Table.Cell>{f.women_avg_monthly_income_vnd === null ? "—" : `${viNumber(f.women_avg_monthly_income_vnd)} ₫`}</Table.Cell>
              <Table.Cell>{f.entered_by_name}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" noValidate>
        <Heading level="h3">Thêm số liệu theo ngày (rà soát tháng, 6 tháng, năm)</Heading>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {cell("as_of", "Đến ngày", "date")}
          {cell("members_total", "Tổng thành viên")}
          {cell("members_women", "Thành viên nữ")}
          {cell("workers_total", "Tổng lao động")}
          {cell("workers_women", "Lao động nữ")}
          {cell("women_stable_jobs", "Nữ có việc làm ổn định")}
          {cell("women_avg_monthly_income_vnd", "Thu nhập BQ nữ (đồng/tháng)")}
        </div>
        <div className="flex items-center gap-x-3">
          <Button type="submit" variant="secondary">Thêm số liệu</Button>
          {message && <Text size="small" role="status">{message}</Text>}
        </div>
      </form>
    </Section>
  )
}

function ManagementSection({ coop, reload }: { coop: Cooperative; reload: () => void }) {
  const { errors, message, run } = useAction(reload)
  const [add, setAdd] = useState({ role: "chair", holder_name: "", holder_gender: "female", started_on: today() })
  const [replace, setReplace] = useState<string>("")
  const [reason, setReason] = useState("")
  const submit = (e: FormEvent) => {
    e.preventDefault()
    run(`/admin/cooperatives/${coop.id}/management`, {
      add,
      ...(replace ? { end: { seat_id: replace, ended_on: add.started_on } } : {}),
      reason: reason || undefined,
    })
  }
  const end = (seat: Seat) => {
    const on = window.prompt(`Ngày kết thúc nhiệm kỳ của ${seat.holder_name} (yyyy-mm-dd):`, today())
    if (on) run(`/admin/cooperatives/${coop.id}/management`, { end: { seat_id: seat.id, ended_on: on } })
  }
  return (
    <Section title="Ban quản lý" hint="Khi đổi người giữ chức danh, chức danh cũ kết thúc và chức danh mới bắt đầu từ ngày đã chọn; chỉ tiêu của mỗi kỳ dùng ban quản lý tại cuối kỳ.">
      <Table>
        <Table.Body>
          {coop.management_seats.map((s) => (
            <Table.Row key={s.id} className={s.current ? "" : "text-ui-fg-muted"}>
              <Table.Cell>{s.role_label}</Table.Cell>
              <Table.Cell>{s.holder_name} ({s.holder_gender === "female" ? "nữ" : "nam"})</Table.Cell>
              <Table.Cell>
                {s.started_on ? `từ ${viDate(s.started_on)}` : "từ khi thành lập"}
                {s.ended_on ? ` đến ${viDate(s.ended_on)}` : ""}
              </Table.Cell>
              <Table.Cell>{s.current && <Button size="small" variant="transparent" onClick={() => end(s)}>Kết thúc nhiệm kỳ</Button>}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" noValidate>
        <Heading level="h3">Thêm hoặc thay người giữ chức danh</Heading>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3">
          <label className="flex flex-col gap-y-1 txt-compact-small">Chức danh
            <select className={selectClass} value={add.role} onChange={(e) => setAdd({ ...add, role: e.target.value })}>
              {SEATS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Họ tên
            <Input value={add.holder_name} onChange={(e) => setAdd({ ...add, holder_name: e.target.value })} />
            {errors["add.holder_name"] && <Text size="small" className="text-ui-fg-error">{errors["add.holder_name"]}</Text>}
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Giới tính
            <select className={selectClass} value={add.holder_gender} onChange={(e) => setAdd({ ...add, holder_gender: e.target.value })}>
              <option value="female">Nữ</option>
              <option value="male">Nam</option>
            </select>
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Từ ngày
            <Input type="date" value={add.started_on} onChange={(e) => setAdd({ ...add, started_on: e.target.value })} />
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Thay cho
            <select className={selectClass} value={replace} onChange={(e) => setReplace(e.target.value)}>
              <option value="">— không thay ai —</option>
              {coop.management_seats.filter((s) => s.current).map((s) => <option key={s.id} value={s.id}>{s.role_label}: {s.holder_name}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Lý do
            <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Ví dụ: Đại hội thành viên bầu lại" />
          </label>
        </div>
        <div className="flex items-center gap-x-3">
          <Button type="submit" variant="secondary">Lưu ban quản lý</Button>
          {message && <Text size="small" role="status">{message}</Text>}
        </div>
      </form>
    </Section>
  )
}

const SELLING: Record<string, string> = { active: "Đang bán trên sàn", pending: "Chờ duyệt bán", suspended: "Tạm ngừng bán", unlisted: "Không bán trên sàn" }

function StatusSection({ coop, reload }: { coop: Cooperative; reload: () => void }) {
  const { errors, message, run } = useAction(reload)
  const selling = useAction(reload)
  const [v, setV] = useState({ registry_status: coop.registry_status === "operating" ? "suspended" : "operating", effective_on: today(), reason: "" })
  const [market, setMarket] = useState({ status: coop.status as string, reason: "" })
  return (
    <Section title="Tình trạng hoạt động" hint="Tạm ngừng, hoạt động trở lại hoặc giải thể từ một ngày, kèm lý do. Việc bán trên sàn là một trạng thái riêng.">
      <form
        className="flex flex-wrap items-end gap-3 px-6 py-4"
        onSubmit={(e) => {
          e.preventDefault()
          selling.run(`/admin/cooperatives/${coop.id}/status`, { status: market.status, reason: market.reason || undefined })
        }}
      >
        <label className="flex flex-col gap-y-1 txt-compact-small">Bán trên sàn
          <select className={selectClass} value={market.status} onChange={(e) => setMarket({ ...market, status: e.target.value })}>
            {Object.entries(SELLING).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-y-1 txt-compact-small">Lý do
          <Input value={market.reason} onChange={(e) => setMarket({ ...market, reason: e.target.value })} />
        </label>
        <Button type="submit" variant="secondary" disabled={market.status === coop.status}>Đổi trạng thái bán</Button>
        {selling.message && <Text size="small" role="status">{selling.message}</Text>}
      </form>
      <Table>
        <Table.Body>
          {coop.status_changes.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{viDate(s.effective_on)}</Table.Cell>
              <Table.Cell>{REGISTRY_STATUS[s.registry_status] ?? s.registry_status}</Table.Cell>
              <Table.Cell>{s.reason}</Table.Cell>
              <Table.Cell>{s.actor_name}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <form
        className="flex flex-col gap-y-3 px-6 py-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          run(`/admin/cooperatives/${coop.id}/registry-status`, v)
        }}
      >
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <label className="flex flex-col gap-y-1 txt-compact-small">Tình trạng mới
            <select className={selectClass} value={v.registry_status} onChange={(e) => setV({ ...v, registry_status: e.target.value })}>
              {Object.entries(REGISTRY_STATUS).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Từ ngày
            <Input type="date" value={v.effective_on} onChange={(e) => setV({ ...v, effective_on: e.target.value })} />
            {errors.effective_on && <Text size="small" className="text-ui-fg-error">{errors.effective_on}</Text>}
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Lý do
            <Textarea rows={1} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} />
            {errors.reason && <Text size="small" className="text-ui-fg-error">{errors.reason}</Text>}
          </label>
        </div>
        <div className="flex items-center gap-x-3">
          <Button type="submit" variant="secondary">Ghi thay đổi tình trạng</Button>
          {message && <Text size="small" role="status">{message}</Text>}
        </div>
      </form>
    </Section>
  )
}

/** The cooperative's portal accounts, open invites, and the form that invites a staff member. */
function PortalAccounts({ id }: { id: string }) {
  const [staff, setStaff] = useState<Staff[]>([])
  const [invites, setInvites] = useState<Invite[]>([])
  const [email, setEmail] = useState("")
  const [fullName, setFullName] = useState("")
  const [link, setLink] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    adminFetch<{ staff: Staff[]; invites: Invite[] }>(`/admin/cooperatives/${id}/invites`)
      .then((r) => {
        setStaff(r.staff)
        setInvites(r.invites)
      })
      .catch((e: Error) => setError(e.message))
  }, [id])
  useEffect(load, [load])
  const invite = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setLink(null)
    try {
      const r = await adminFetch<{ url: string }>(`/admin/cooperatives/${id}/invites`, { method: "POST", body: { email, full_name: fullName } })
      setLink(r.url)
      setEmail("")
      setFullName("")
      load()
    } catch (err) {
      setError((err as Error).message)
    }
  }
  return (
    <Section title="Tài khoản kênh hợp tác xã">
      <Table>
        <Table.Body>
          {staff.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.full_name}</Table.Cell>
              <Table.Cell>{s.email}</Table.Cell>
            </Table.Row>
          ))}
          {invites.map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell>{i.full_name}</Table.Cell>
              <Table.Cell>{i.email} — đã mời, hết hạn {viDate(i.expires_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <form onSubmit={invite} className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h3">Mời cán bộ hợp tác xã</Heading>
        <Label htmlFor="invite-name">Họ tên</Label>
        <Input id="invite-name" value={fullName} onChange={(e) => setFullName(e.target.value)} required />
        <Label htmlFor="invite-email">Email</Label>
        <Input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <div>
          <Button type="submit">Tạo lời mời</Button>
        </div>
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {link && (
          <div className="flex flex-col gap-y-1">
            <Text>Gửi đường dẫn này cho người được mời (qua Zalo hoặc email; chỉ hiện một lần, hiệu lực 7 ngày):</Text>
            <Input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="invite-link" />
          </div>
        )}
      </form>
    </Section>
  )
}

export default CooperativePage
