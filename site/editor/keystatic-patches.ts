/**
 * What the editor's bundle changes in Keystatic's compiled files (esbuild plugin, build time):
 * - Vietnamese for Keystatic's own string table (it ships 34 locales, not Vietnamese): the app
 *   runs with locale vi-VN, so dates read dd/mm/yyyy and these words are Vietnamese; words the
 *   table does not hold stay English;
 * - the Inter font is taken from our own server instead of Google Fonts (no third-party request
 *   from the Union's browsers, and the editor's CSP allows none);
 * - a few fixed English texts staff meet first.
 * Each replacement must match exactly once, or the bundle fails to build with the reason — so a
 * Keystatic upgrade that moves these is noticed, not silently half-applied.
 */
import { readFile } from "node:fs/promises"
import type { Plugin } from "esbuild"

const VI_STRINGS = {
  add: "Thêm",
  basedOn: "Dựa trên",
  branches: "Nhánh",
  branchName: "Tên nhánh",
  cancel: "Huỷ",
  clear: "Xoá",
  collection: "Mục",
  collections: "Các mục nội dung",
  create: "Tạo bản nháp",
  createPullRequest: "Tạo yêu cầu hợp nhất",
  currentBranch: "Nhánh hiện tại",
  dashboard: "Tổng quan",
  defaultBranch: "Nhánh mặc định",
  delete: "Xoá",
  deleteBranch: "Xoá nhánh",
  edit: "Sửa",
  loading: "Đang tải",
  newBranch: "Nhánh mới…",
  otherBranches: "Nhánh khác",
  pullRequests: "Yêu cầu hợp nhất",
  save: "Lưu nháp",
  search: "Tìm",
  singleton: "Trang đơn",
  singletons: "Trang đơn",
  theCurrentlyCheckedOutBranch: "Nhánh đang dùng.",
  theDefaultBranchInYourRepository: "Nhánh mặc định.",
  viewPullRequests: "Xem yêu cầu hợp nhất",
}

export const FONT_CSS = "/bien-tap/ung-dung/fonts.css"

interface Replacement {
  file: RegExp
  from: string
  to: string
}

const REPLACEMENTS: Replacement[] = [
  { file: /index-[0-9a-f]+\.js$/, from: '  "en-US": {\n    "add": `Add`,', to: `  "vi-VN": ${JSON.stringify(VI_STRINGS)},\n  "en-US": {\n    "add": \`Add\`,` },
  { file: /keystatic-core-ui\.js$/, from: '"https://fonts.googleapis.com/css2?family=Inter:wght@400;500;600;700&display=swap"', to: JSON.stringify(FONT_CSS) },
  { file: /index-[0-9a-f]+\.js$/, from: 'placeholder: "Start writing or press \\"/\\" for commands..."', to: 'placeholder: "Viết nội dung tại đây, hoặc gõ \\"/\\" để chèn tiêu đề, danh sách…"' },
  { file: /keystatic-core-ui\.js$/, from: 'label: "Preview",', to: 'label: "Xem trước",' },
]

/**
 * npm installs react-aria and react-stately twice (under @keystatic/core and under @keystar/ui,
 * same version) because the storefront's tree hoists a newer react-aria for Medusa Admin. Two
 * copies mean two locale contexts, and Keystatic's words would ignore the locale its design system
 * sets. Every import of them in the bundle is resolved to Keystatic's copy.
 */
export function singleReactAria(keystaticDir: string): Plugin {
  return {
    name: "single-react-aria",
    setup(build) {
      build.onResolve({ filter: /^(react-aria|react-stately)(\/|$)/ }, async (args) => {
        if (args.pluginData === "single-react-aria") return undefined
        const result = await build.resolve(args.path, { resolveDir: keystaticDir, kind: args.kind, pluginData: "single-react-aria" })
        return result.errors.length ? undefined : { path: result.path }
      })
    },
  }
}

export function keystaticPatches(): Plugin {
  return {
    name: "keystatic-vi",
    setup(build) {
      const applied = new Map<Replacement, number>()
      build.onLoad({ filter: /@keystatic[\\/]core[\\/]dist[\\/][^\\/]+\.js$/ }, async (args) => {
        let contents = await readFile(args.path, "utf8")
        for (const r of REPLACEMENTS) {
          if (!r.file.test(args.path) || !contents.includes(r.from)) continue
          const count = contents.split(r.from).length - 1
          contents = contents.split(r.from).join(r.to)
          applied.set(r, (applied.get(r) ?? 0) + count)
        }
        return { contents, loader: "js" }
      })
      build.onEnd((result) => {
        for (const r of REPLACEMENTS) {
          if ((applied.get(r) ?? 0) < 1) result.errors.push({ text: `Keystatic changed: “${r.from.slice(0, 60)}” not found — update site/editor/keystatic-patches.ts` } as never)
        }
      })
    },
  }
}
