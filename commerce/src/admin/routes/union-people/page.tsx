/// <reference lib="dom" />
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { type FormEvent, useCallback, useEffect, useState } from "react"
import { adminFetch, AdminApiError, viDate } from "../../components/admin-api"
import { selectClass, useUnits } from "../../components/registry-form"

type Cadre = { id: string; full_name: string; unit: string; role: string; former_district: string | null; active_to: string | null; trainings_attended: number; passed_assessment: boolean }
type Training = { id: string; held_on: string; title: string; organiser: string; topic: string; topic_label: string; attendees: number }
type Attendance = { id: string; person_name: string; cadre_id: string | null; cooperative_id: string | null; passed: boolean | null }

const today = () => new Date().toISOString().slice(0, 10)

function Errors({ errors, field }: { errors: Record<string, string>; field: string }) {
  return errors[field] ? <Text size="small" className="text-ui-fg-error">{errors[field]}</Text> : null
}

/** Union cadres on the collective economy, training sessions and who attended (the basis of the training indicators). */
const UnionPeoplePage = () => {
  const units = useUnits()
  const [cadres, setCadres] = useState<Cadre[]>([])
  const [cadreCount, setCadreCount] = useState(0)
  const [trainings, setTrainings] = useState<Training[]>([])
  const [topics, setTopics] = useState<Record<string, string>>({})
  const [q, setQ] = useState("")
  const load = useCallback(() => {
    adminFetch<{ cadres: Cadre[]; count: number }>(`/admin/plan-cadres?limit=1000${q ? `&q=${encodeURIComponent(q)}` : ""}`).then((r) => {
      setCadres(r.cadres)
      setCadreCount(r.count)
    })
    adminFetch<{ trainings: Training[]; topics: Record<string, string> }>("/admin/plan-trainings").then((r) => {
      setTrainings(r.trainings)
      setTopics(r.topics)
    })
  }, [q])
  useEffect(load, [load])

  const [cadre, setCadre] = useState({ full_name: "", gender: "female", unit: "", role: "", ward_code: "", active_from: "" })
  const [cadreErrors, setCadreErrors] = useState<Record<string, string>>({})
  const [cadreMessage, setCadreMessage] = useState<string | null>(null)
  const addCadre = async (e: FormEvent) => {
    e.preventDefault()
    setCadreErrors({})
    try {
      await adminFetch("/admin/plan-cadres", { method: "POST", body: { ...cadre, ward_code: cadre.ward_code || null, active_from: cadre.active_from || null } })
      setCadreMessage("Đã thêm cán bộ.")
      setCadre({ full_name: "", gender: "female", unit: "", role: "", ward_code: "", active_from: "" })
      load()
    } catch (err) {
      if (err instanceof AdminApiError) setCadreErrors(err.byField())
      setCadreMessage((err as Error).message)
    }
  }

  const [training, setTraining] = useState({ held_on: today(), title: "", organiser: "Hội LHPN tỉnh Khánh Hòa", topic: "cooperative_governance", location: "" })
  const [picked, setPicked] = useState<string[]>([])
  const [trainingErrors, setTrainingErrors] = useState<Record<string, string>>({})
  const [trainingMessage, setTrainingMessage] = useState<string | null>(null)
  const addTraining = async (e: FormEvent) => {
    e.preventDefault()
    setTrainingErrors({})
    try {
      await adminFetch("/admin/plan-trainings", { method: "POST", body: { ...training, location: training.location || null, attendees: picked.map((id) => ({ cadre_id: id })) } })
      setTrainingMessage("Đã thêm lớp tập huấn.")
      setPicked([])
      load()
    } catch (err) {
      if (err instanceof AdminApiError) setTrainingErrors(err.byField())
      setTrainingMessage((err as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Cán bộ Hội làm công tác kinh tế tập thể</Heading>
          <Text size="small" className="text-ui-fg-subtle">{cadreCount.toLocaleString("vi-VN")} cán bộ. Người quản lý hợp tác xã (nữ) lấy từ ban quản lý trong sổ hợp tác xã.</Text>
        </div>
        <div className="px-6 py-3">
          <Input type="search" placeholder="Tìm theo họ tên hoặc đơn vị" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Tìm cán bộ" />
        </div>
        <div className="max-h-96 overflow-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Họ tên</Table.HeaderCell>
                <Table.HeaderCell>Đơn vị</Table.HeaderCell>
                <Table.HeaderCell>Huyện cũ</Table.HeaderCell>
                <Table.HeaderCell>Tập huấn</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {cadres.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell>
                    {c.full_name}
                    <div className="txt-compact-xsmall text-ui-fg-subtle">{c.role}{c.active_to ? ` · thôi phụ trách ${viDate(c.active_to)}` : ""}</div>
                  </Table.Cell>
                  <Table.Cell>{c.unit}</Table.Cell>
                  <Table.Cell>{c.former_district ?? "—"}</Table.Cell>
                  <Table.Cell>
                    {c.trainings_attended} lớp {c.passed_assessment && <Badge size="2xsmall" color="green">đạt yêu cầu</Badge>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <form onSubmit={addCadre} className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3" noValidate>
          <Heading level="h3" className="md:col-span-3">Thêm cán bộ</Heading>
          <label className="flex flex-col gap-y-1 txt-compact-small">Họ tên<Input value={cadre.full_name} onChange={(e) => setCadre({ ...cadre, full_name: e.target.value })} /><Errors errors={cadreErrors} field="full_name" /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Giới tính
            <select className={selectClass} value={cadre.gender} onChange={(e) => setCadre({ ...cadre, gender: e.target.value })}><option value="female">Nữ</option><option value="male">Nam</option></select>
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Đơn vị<Input value={cadre.unit} placeholder="Hội LHPN xã …" onChange={(e) => setCadre({ ...cadre, unit: e.target.value })} /><Errors errors={cadreErrors} field="unit" /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Chức vụ<Input value={cadre.role} onChange={(e) => setCadre({ ...cadre, role: e.target.value })} /><Errors errors={cadreErrors} field="role" /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Phường/xã
            <select className={selectClass} value={cadre.ward_code} onChange={(e) => setCadre({ ...cadre, ward_code: e.target.value })}>
              <option value="">— cấp tỉnh —</option>
              {(units?.wards ?? []).map((w) => <option key={w.code} value={w.code}>{w.name}</option>)}
            </select>
            <Errors errors={cadreErrors} field="ward_code" />
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Phụ trách từ ngày<Input type="date" value={cadre.active_from} onChange={(e) => setCadre({ ...cadre, active_from: e.target.value })} /><Errors errors={cadreErrors} field="active_from" /></label>
          <div className="flex items-center gap-x-3 md:col-span-3">
            <Button type="submit" variant="secondary">Thêm cán bộ</Button>
            {cadreMessage && <Text size="small" role="status">{cadreMessage}</Text>}
          </div>
        </form>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Lớp tập huấn</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ngày</Table.HeaderCell>
              <Table.HeaderCell>Lớp</Table.HeaderCell>
              <Table.HeaderCell>Chủ đề</Table.HeaderCell>
              <Table.HeaderCell>Người dự</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {trainings.map((t) => <TrainingRow key={t.id} training={t} reload={load} />)}
          </Table.Body>
        </Table>
        <form onSubmit={addTraining} className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3" noValidate>
          <Heading level="h3" className="md:col-span-3">Thêm lớp tập huấn</Heading>
          <label className="flex flex-col gap-y-1 txt-compact-small">Ngày<Input type="date" value={training.held_on} onChange={(e) => setTraining({ ...training, held_on: e.target.value })} /><Errors errors={trainingErrors} field="held_on" /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small md:col-span-2">Tên lớp<Input value={training.title} onChange={(e) => setTraining({ ...training, title: e.target.value })} /><Errors errors={trainingErrors} field="title" /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Chủ đề
            <select className={selectClass} value={training.topic} onChange={(e) => setTraining({ ...training, topic: e.target.value })}>
              {Object.entries(topics).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
            </select>
          </label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Đơn vị tổ chức<Input value={training.organiser} onChange={(e) => setTraining({ ...training, organiser: e.target.value })} /><Errors errors={trainingErrors} field="organiser" /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small">Địa điểm<Input value={training.location} onChange={(e) => setTraining({ ...training, location: e.target.value })} /></label>
          <label className="flex flex-col gap-y-1 txt-compact-small md:col-span-3">Cán bộ dự (giữ Ctrl để chọn nhiều; có thể nhập danh sách điểm danh sau)
            <select multiple className={`${selectClass} h-32`} value={picked} onChange={(e) => setPicked(Array.from(e.target.selectedOptions, (o) => o.value))}>
              {cadres.map((c) => <option key={c.id} value={c.id}>{c.full_name} — {c.unit}</option>)}
            </select>
            <Errors errors={trainingErrors} field="attendees" />
          </label>
          <div className="flex items-center gap-x-3 md:col-span-3">
            <Button type="submit" variant="secondary">Thêm lớp</Button>
            {trainingMessage && <Text size="small" role="status">{trainingMessage}</Text>}
          </div>
        </form>
      </Container>
    </div>
  )
}

/** A training row: opens the list of attendees and the attendance-sheet upload. */
function TrainingRow({ training, reload }: { training: Training; reload: () => void }) {
  const [open, setOpen] = useState(false)
  const [people, setPeople] = useState<Attendance[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [errors, setErrors] = useState<{ row: number | null; column: string | null; message: string }[]>([])
  const show = () => {
    setOpen(!open)
    if (!people) adminFetch<{ training: { attendances: Attendance[] } }>(`/admin/plan-trainings/${training.id}`).then((r) => setPeople(r.training.attendances))
  }
  const upload = async (file: File) => {
    const form = new FormData()
    form.append("file", file)
    const res = await fetch(`/admin/plan-trainings/${training.id}/attendance-import`, { method: "POST", body: form, credentials: "include" })
    const body = await res.json().catch(() => null)
    setMessage(body?.message ?? `Lỗi ${res.status}`)
    setErrors(body?.errors ?? [])
    if (res.ok) {
      setPeople(null)
      reload()
    }
  }
  return (
    <>
      <Table.Row>
        <Table.Cell>{viDate(training.held_on)}</Table.Cell>
        <Table.Cell>
          <button className="text-left text-ui-fg-interactive" onClick={show}>{training.title}</button>
          <div className="txt-compact-xsmall text-ui-fg-subtle">{training.organiser}</div>
        </Table.Cell>
        <Table.Cell>{training.topic_label}</Table.Cell>
        <Table.Cell>{training.attendees}</Table.Cell>
      </Table.Row>
      {open && (
        <Table.Row>
          <td colSpan={4} className="px-6">
            <div className="flex flex-col gap-y-2 py-2">
              <Text size="small">{people ? people.map((p) => `${p.person_name}${p.passed ? " (đạt)" : ""}`).join(", ") || "Chưa có người dự." : "Đang tải…"}</Text>
              <label className="txt-compact-small">Nhập danh sách điểm danh (CSV/XLSX, cột: Họ tên, Đơn vị, Đạt yêu cầu):{" "}
                <input type="file" accept=".csv,.xlsx" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
              </label>
              {message && <Text size="small" role="status">{message}</Text>}
              {errors.map((e, i) => <Text key={i} size="small" className="text-ui-fg-error">Dòng {e.row}, cột {e.column}: {e.message}</Text>)}
            </div>
          </td>
        </Table.Row>
      )}
    </>
  )
}

export const config = defineRouteConfig({ label: "Cán bộ & tập huấn", icon: Users })

export default UnionPeoplePage
