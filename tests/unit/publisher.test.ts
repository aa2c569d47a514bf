/**
 * The background publisher (scripts/lib/publisher.ts) with a stand-in build: publishes in a row
 * share one build; a failed build leaves the content folder and the served build alone and names
 * the file and field; the entry not at fault goes live with the next build; each publish is a git
 * commit with the editor as author (or a log line where there is no repository).
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { createPublisher, type PublisherOptions } from "../../scripts/lib/publisher"
import type { PublishRequest } from "../../site/lib/editor/publish-protocol"

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function setup(withGit: boolean) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "publisher-"))
  dirs.push(root)
  const contentDir = path.join(root, "content")
  const editorDir = path.join(root, "editor")
  fs.mkdirSync(path.join(contentDir, "stories", "cu"), { recursive: true })
  fs.writeFileSync(path.join(contentDir, "stories", "cu", "index.md"), "---\ntitle: Cũ\n---\n")
  if (withGit) {
    execFileSync("git", ["init", "-q"], { cwd: contentDir })
    execFileSync("git", ["add", "-A"], { cwd: contentDir })
    execFileSync("git", ["-c", "user.name=Seed", "-c", "user.email=seed@example.vn", "commit", "-qm", "seed"], { cwd: contentDir })
  }
  return { root, contentDir, editorDir, releasesDir: path.join(root, "releases") }
}

let n = 0
function enqueue(editorDir: string, slug: string, body: string, editor = { name: "Nguyễn Thị Lan", email: "lan@hoilhpn.example.vn" }): string {
  const id = `20261201000000-${String(++n).padStart(6, "0")}`
  const files = [`stories/${slug}/index.md`]
  const dir = path.join(editorDir, "outbox", id)
  fs.mkdirSync(path.join(dir, "files", "stories", slug), { recursive: true })
  fs.writeFileSync(path.join(dir, "files", files[0]), body)
  const req: PublishRequest = { id, entry: `stories/${slug}`, title: `Câu chuyện “${slug}”`, action: "publish", editor, requestedAt: new Date().toISOString(), files, remove: [] }
  fs.writeFileSync(path.join(dir, "request.json"), JSON.stringify(req))
  return id
}

function publisherWith(s: ReturnType<typeof setup>, build: PublisherOptions["build"]) {
  const builds: string[][] = []
  const switched: string[] = []
  const publisher = createPublisher({
    ...s,
    coalesceMs: 20,
    build: async (outDir, stagingDir) => {
      builds.push(fs.readdirSync(path.join(stagingDir, "stories")).sort())
      await build(outDir, stagingDir)
      fs.mkdirSync(outDir, { recursive: true })
    },
    switchTo: async (outDir) => {
      switched.push(outDir)
    },
  })
  return { publisher, builds, switched }
}

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" })

describe("publishing in the background", () => {
  it("two publishes in a row make one build; both go live, each a commit with its editor as author", async () => {
    const s = setup(true)
    const { publisher, builds, switched } = publisherWith(s, async () => {})
    publisher.request(enqueue(s.editorDir, "mot", "---\ntitle: Một\n---\n"))
    publisher.request(enqueue(s.editorDir, "hai", "---\ntitle: Hai\n---\n", { name: "Trần Thị Hoa", email: "hoa@hoilhpn.example.vn" }))
    await publisher.idle()
    expect(builds).toEqual([["cu", "hai", "mot"]])
    expect(switched).toHaveLength(1)
    expect(fs.readFileSync(path.join(s.contentDir, "stories", "hai", "index.md"), "utf8")).toContain("Hai")
    const status = publisher.status()
    expect(status.builds).toBe(1)
    expect(status.requests.map((r) => r.state)).toEqual(["live", "live"])
    expect(status.requests.every((r) => r.recorded?.startsWith("git commit"))).toBe(true)
    const authors = git(s.contentDir, "log", "--format=%an <%ae>|%s", "-2")
    expect(authors).toContain("Trần Thị Hoa <hoa@hoilhpn.example.vn>|Xuất bản Câu chuyện “hai”")
    expect(authors).toContain("Nguyễn Thị Lan <lan@hoilhpn.example.vn>|Xuất bản Câu chuyện “mot”")
    expect(git(s.contentDir, "status", "--porcelain")).toBe("")
    expect(fs.readFileSync(path.join(s.editorDir, "publish-log.jsonl"), "utf8").trim().split("\n")).toHaveLength(2)
  })

  it("a failed build leaves the content folder and the live build alone, names the file and field, and publishes the other entry next", async () => {
    const s = setup(true)
    const before = git(s.contentDir, "rev-parse", "HEAD")
    const { publisher, builds, switched } = publisherWith(s, async (_out, staging) => {
      if (fs.existsSync(path.join(staging, "stories", "xau")))
        throw new Error(`[ERROR] stories: 1 tham chiếu không hợp lệ / unknown references:\n${staging}/stories/xau/index.md: cooperative: không có hợp tác xã đang hoạt động với mã "htx-khong-ton-tai"\n    at load`)
    })
    const bad = enqueue(s.editorDir, "xau", "---\ncooperative: htx-khong-ton-tai\n---\n")
    const good = enqueue(s.editorDir, "tot", "---\ntitle: Tốt\n---\n")
    publisher.request(bad)
    publisher.request(good)
    await publisher.idle()
    expect(builds).toEqual([
      ["cu", "tot", "xau"],
      ["cu", "tot"],
    ])
    expect(switched).toHaveLength(1)
    const byId = Object.fromEntries(publisher.status().requests.map((r) => [r.id, r]))
    expect(byId[bad].state).toBe("failed")
    expect(byId[bad].error).toBe('stories/xau/index.md: cooperative: không có hợp tác xã đang hoạt động với mã "htx-khong-ton-tai"')
    expect(byId[good].state).toBe("live")
    expect(fs.existsSync(path.join(s.contentDir, "stories", "xau"))).toBe(false)
    expect(git(s.contentDir, "log", "--format=%s", `${before.trim()}..HEAD`).trim().split("\n")).toHaveLength(1)
  })

  it("keeps a log line instead of a commit where the content folder is not in a git repository", async () => {
    const s = setup(false)
    const { publisher } = publisherWith(s, async () => {})
    publisher.request(enqueue(s.editorDir, "mot", "---\ntitle: Một\n---\n"))
    await publisher.idle()
    const [line] = fs.readFileSync(path.join(s.editorDir, "publish-log.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
    expect(line).toMatchObject({ entry: "stories/mot", action: "publish", editor: { name: "Nguyễn Thị Lan", email: "lan@hoilhpn.example.vn" }, recorded: null })
    expect(publisher.status().requests[0].recorded).toMatch(/publish-log/)
  })

  it("a new build that does not start changes nothing in the content folder", async () => {
    const s = setup(false)
    const publisher = createPublisher({
      ...s,
      coalesceMs: 10,
      build: async (outDir) => {
        fs.mkdirSync(outDir, { recursive: true })
      },
      switchTo: async () => {
        throw new Error("worker exited with code 1")
      },
    })
    publisher.request(enqueue(s.editorDir, "mot", "---\ntitle: Một\n---\n"))
    await publisher.idle()
    expect(publisher.status().requests[0]).toMatchObject({ state: "failed" })
    expect(publisher.status().requests[0].error).toMatch(/cửa hàng vẫn chạy bản cũ/)
    expect(fs.existsSync(path.join(s.contentDir, "stories", "mot"))).toBe(false)
  })

  it("ignores ids that are not requests in the outbox", async () => {
    const s = setup(false)
    const { publisher, builds } = publisherWith(s, async () => {})
    for (const id of ["../../etc", "x", "20261201000000-zzzzzz"]) publisher.request(id)
    await publisher.idle()
    expect(builds).toEqual([])
    expect(publisher.status().requests).toEqual([])
  })
})
