/**
 * Cooperative and product pickers for the editor: names from Medusa (through
 * /bien-tap/api/danh-muc, which lists exactly what the build accepts — active cooperatives and
 * products on sale), handles stored in the Markdown. A handle no longer offered (a cooperative
 * suspended since) is shown as such so that staff can replace it.
 */
import * as button from "@keystar/ui/button"
import * as combobox from "@keystar/ui/combobox"
import * as layout from "@keystar/ui/layout"
import * as typography from "@keystar/ui/typography"
import { useEffect, useMemo, useState, type ComponentType } from "react"
import type { HandleKind, PickerInputs, PickerProps } from "./fields"

// Keystatic's design system is typed against React 19's types, the storefront against React 18's;
// the components are the same at run time.
const loose = (c: unknown) => c as ComponentType<any>
const ActionButton = loose(button.ActionButton)
const Combobox = loose(combobox.Combobox)
const Item = loose(combobox.Item)
const Flex = loose(layout.Flex)
const VStack = loose(layout.VStack)
const Text = loose(typography.Text)

interface Choice {
  handle: string
  label: string
}
interface Catalog {
  cooperative: Choice[]
  product: Choice[]
}

let catalog: Promise<Catalog> | undefined
function loadCatalog(): Promise<Catalog> {
  catalog ??= fetch("/bien-tap/api/danh-muc", { headers: { accept: "application/json" } }).then(async (res) => {
    if (!res.ok) throw new Error((await res.json().catch(() => null))?.message ?? `HTTP ${res.status}`)
    const body = (await res.json()) as { cooperatives: { handle: string; name: string }[]; products: { handle: string; title: string; cooperative: string | null }[] }
    return {
      cooperative: body.cooperatives.map((c) => ({ handle: c.handle, label: c.name })),
      product: body.products.map((p) => ({ handle: p.handle, label: p.cooperative ? `${p.title} — ${p.cooperative}` : p.title })),
    }
  })
  catalog.catch(() => (catalog = undefined))
  return catalog
}

function useChoices(kind: HandleKind): { choices: Choice[] | null; error: string | null } {
  const [state, setState] = useState<{ choices: Choice[] | null; error: string | null }>({ choices: null, error: null })
  useEffect(() => {
    let live = true
    loadCatalog().then(
      (c) => live && setState({ choices: c[kind], error: null }),
      (e: Error) => live && setState({ choices: null, error: `Không tải được danh sách từ cửa hàng: ${e.message}` })
    )
    return () => {
      live = false
    }
  }, [kind])
  return state
}

const labelOf = (choices: Choice[] | null, handle: string) => choices?.find((c) => c.handle === handle)?.label ?? `${handle} (không còn trên cửa hàng)`

function SinglePicker(props: PickerProps<string | null>) {
  const { choices, error } = useChoices(props.kind)
  const [touched, setTouched] = useState(false)
  const items = useMemo(() => choices ?? [], [choices])
  const missing = (props.forceValidation || touched) && !props.value ? "Hãy chọn một mục trong danh sách." : undefined
  const unknown = props.value && choices && !choices.some((c) => c.handle === props.value) ? labelOf(choices, props.value) : undefined
  return (
    <Combobox
      label={props.label}
      description={props.description}
      isRequired={props.required}
      autoFocus={props.autoFocus}
      defaultItems={items}
      selectedKey={props.value}
      onSelectionChange={(key: unknown) => props.onChange(typeof key === "string" ? key : null)}
      onBlur={() => setTouched(true)}
      loadingState={choices || error ? "idle" : "loading"}
      errorMessage={error ?? missing ?? unknown}
      width="auto"
    >
      {(item: Choice) => <Item key={item.handle}>{item.label}</Item>}
    </Combobox>
  )
}

function MultiplePicker(props: PickerProps<string[]>) {
  const { choices, error } = useChoices(props.kind)
  const available = useMemo(() => (choices ?? []).filter((c) => !props.value.includes(c.handle)), [choices, props.value])
  // emptied after each pick, so the list closes and the next search starts afresh
  const [input, setInput] = useState("")
  return (
    <VStack gap="regular" minWidth={0}>
      <Combobox
        label={props.label}
        description={props.description}
        autoFocus={props.autoFocus}
        defaultItems={available}
        selectedKey={null}
        inputValue={input}
        onInputChange={setInput}
        placeholder="Gõ để tìm và chọn…"
        onSelectionChange={(key: unknown) => {
          if (typeof key === "string" && !props.value.includes(key)) props.onChange([...props.value, key])
          setInput("")
        }}
        loadingState={choices || error ? "idle" : "loading"}
        errorMessage={error ?? undefined}
        width="auto"
      >
        {(item: Choice) => <Item key={item.handle}>{item.label}</Item>}
      </Combobox>
      {props.value.length > 0 && (
        <ul aria-label={`${props.label} đã chọn`} style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "0.5rem" }}>
          {props.value.map((handle) => (
            <li key={handle}>
              <Flex gap="regular" alignItems="center">
                <Text>{labelOf(choices, handle)}</Text>
                <ActionButton prominence="low" aria-label={`Bỏ ${labelOf(choices, handle)}`} onPress={() => props.onChange(props.value.filter((h) => h !== handle))}>
                  Bỏ
                </ActionButton>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  )
}

export const pickers: PickerInputs = { single: SinglePicker, multiple: MultiplePicker }
