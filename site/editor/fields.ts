/**
 * Fields of our own for the editor (Keystatic's form field interface):
 * - the story cover, stored beside the story as `./cover.<ext>` — the relative form Astro's
 *   `image()` resolves (Keystatic's own image field writes a bare `cover.webp`);
 * - cooperative and product pickers: Medusa owns those records, so the editor shows names and
 *   stores handles. Their inputs are drawn by site/editor/pickers.tsx in the browser; the server
 *   builds this config without them.
 */
import { fields, type BasicFormField, type FormFieldInputProps } from "@keystatic/core"
import { createElement, type ComponentType } from "react"
import { HANDLE_PATTERN, isCalendarDate } from "../lib/content-schemas"
import { COVER_EXTENSIONS } from "../lib/editor/entries"

export type HandleKind = "cooperative" | "product"

export interface PickerProps<V> extends FormFieldInputProps<V> {
  kind: HandleKind
  label: string
  description?: string
  required: boolean
}

export interface PickerInputs {
  single: ComponentType<PickerProps<string | null>>
  multiple: ComponentType<PickerProps<string[]>>
}

const noInput = () => null

export function handlePicker(opts: { kind: HandleKind; label: string; description?: string; inputs?: PickerInputs }): BasicFormField<string | null, string, string> {
  const Input = opts.inputs?.single
  return {
    kind: "form",
    label: opts.label,
    Input: Input ? (props) => createElement(Input, { ...props, kind: opts.kind, label: opts.label, description: opts.description, required: true }) : noInput,
    defaultValue: () => null,
    parse: (value) => (typeof value === "string" && value ? value : null),
    serialize: (value) => ({ value: value ?? undefined }),
    validate(value) {
      if (!value) throw new Error(`${opts.label}: hãy chọn một mục.`)
      if (!HANDLE_PATTERN.test(value)) throw new Error(`${opts.label}: mã không hợp lệ.`)
      return value
    },
    reader: { parse: (value) => String(value ?? "") },
  }
}

export function handleList(opts: { kind: HandleKind; label: string; description?: string; inputs?: PickerInputs }): BasicFormField<string[], string[], string[]> {
  const Input = opts.inputs?.multiple
  return {
    kind: "form",
    label: opts.label,
    Input: Input ? (props) => createElement(Input, { ...props, kind: opts.kind, label: opts.label, description: opts.description, required: false }) : noInput,
    defaultValue: () => [],
    parse: (value) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []),
    // an empty list is written as [] so the file says what the schema's default would
    serialize: (value) => ({ value: [...value] }),
    validate(value) {
      const bad = value.find((v) => !HANDLE_PATTERN.test(v))
      if (bad !== undefined) throw new Error(`${opts.label}: mã không hợp lệ “${bad}”.`)
      if (new Set(value).size !== value.length) throw new Error(`${opts.label}: một mục được chọn hai lần.`)
      return value
    },
    reader: { parse: (value) => (Array.isArray(value) ? value.map(String) : []) },
  }
}

/** Keystatic's image field, required, stored as `./cover.<ext>` with a lower-case extension. */
export function coverImage(opts: { label: string; description: string }) {
  const base = fields.image({ label: opts.label, description: opts.description, validation: { isRequired: true } })
  const bare = (value: unknown) => (typeof value === "string" ? value.replace(/^\.\//, "") : value) as typeof value & {}
  const field: typeof base = {
    ...base,
    filename: (value, extra) => base.filename(bare(value) as never, extra),
    parse: (value, extra) => base.parse(bare(value) as never, extra),
    serialize(value, extra) {
      const out = base.serialize(value ? { ...value, extension: value.extension.toLowerCase() } : value, extra)
      return typeof out.value === "string" ? { ...out, value: `./${out.value}` } : out
    },
    validate(value) {
      if (value && !(COVER_EXTENSIONS as readonly string[]).includes(value.extension.toLowerCase())) {
        throw new Error(`${opts.label}: chỉ nhận ảnh ${COVER_EXTENSIONS.join(", ")} (ảnh này .${value.extension}).`)
      }
      return base.validate(value)
    },
    reader: { parse: (value) => base.reader.parse(bare(value) as never) },
  }
  return field
}

/** A required text counted without its surrounding spaces, as the content schema counts it. */
export function trimmedText(label: string, description: string, min: number) {
  const base = fields.text({ label, description, multiline: true })
  const field: typeof base = {
    ...base,
    validate(value, extra) {
      if (value.trim().length < min) throw new Error(`${label}: cần ít nhất ${min} ký tự.`)
      return base.validate(value, extra)
    },
  }
  return field
}

/** Keystatic's date field, refusing dates that are not on the calendar (2025-02-30). */
export function calendarDate(opts: Parameters<typeof fields.date>[0]) {
  const base = fields.date(opts)
  const field: typeof base = {
    ...base,
    validate(value) {
      if (value !== null && !isCalendarDate(value)) throw new Error(`${opts.label}: ngày không có thật — dùng dạng YYYY-MM-DD.`)
      return base.validate(value)
    },
  }
  return field
}
