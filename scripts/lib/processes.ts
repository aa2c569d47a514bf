/** Child processes of `npm start` / the test stack: output prefixed, all stopped together. */
import { spawn, type ChildProcess } from "node:child_process"
import { createInterface } from "node:readline"

export interface RunOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** label printed before each output line; when `quiet`, output is kept and shown only on failure */
  label: string
  quiet?: boolean
}

const children = new Set<ChildProcess>()

function pipe(child: ChildProcess, label: string, quiet: boolean, keep: string[]) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    createInterface({ input: stream }).on("line", (line) => {
      keep.push(line)
      if (keep.length > 400) keep.shift()
      if (!quiet) process.stdout.write(`[${label}] ${line}\n`)
    })
  }
}

/** Runs a command to completion; throws with its last output lines when it fails. */
export async function run(command: string, args: string[], opts: RunOptions): Promise<void> {
  const keep: string[] = []
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] })
  children.add(child)
  pipe(child, opts.label, opts.quiet ?? false, keep)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject)
    child.once("close", resolve)
  })
  children.delete(child)
  if (code !== 0) {
    const tail = keep.slice(-40).join("\n")
    throw new Error(`${opts.label} failed (exit ${code})\n${tail}`)
  }
}

export interface Service {
  child: ChildProcess
  alive(): boolean
  output(): string
  stop(): Promise<void>
}

/** Starts a long-running server. */
export function startService(command: string, args: string[], opts: RunOptions): Service {
  const keep: string[] = []
  const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] })
  children.add(child)
  pipe(child, opts.label, opts.quiet ?? false, keep)
  let exited = false
  child.once("exit", () => {
    exited = true
    children.delete(child)
  })
  return {
    child,
    alive: () => !exited,
    output: () => keep.join("\n"),
    stop: () => stopChild(child),
  }
}

export async function stopChild(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
    }, graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill("SIGTERM")
  })
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...children].map((c) => stopChild(c)))
}

export interface SupervisedService {
  /** the child running now (changes after a restart) */
  current(): Service
  /** how many times the child was restarted */
  restarts(): number
  stop(): Promise<void>
}

export interface SuperviseOptions {
  /** e.g. "Medusa" — printed in the restart lines */
  name: string
  launch: () => Service
  /** resolves once a (re)started child serves; rejects when it does not */
  ready: (service: Service) => Promise<void>
  log: (line: string) => void
  /** called once, with one line, when the child keeps dying */
  onGiveUp: (line: string) => void
  /** restarts in a row (each failing or dying before `stableMs`) before giving up */
  maxAttempts?: number
  baseDelayMs?: number
  /** a child serving this long resets the count */
  stableMs?: number
}

/**
 * Keeps a server up: when its child exits unexpectedly, starts it again after 1, 2, 4, 8, 16 s
 * (saying so), and gives up with one line after `maxAttempts` restarts in a row that did not hold.
 */
export function supervise(first: Service, opts: SuperviseOptions): SupervisedService {
  const maxAttempts = opts.maxAttempts ?? 5
  const baseDelayMs = opts.baseDelayMs ?? 1000
  const stableMs = opts.stableMs ?? 60_000
  let current = first
  let stopped = false
  let attempts = 0
  let restarts = 0
  let pending: NodeJS.Timeout | undefined
  let stableTimer: NodeJS.Timeout | undefined

  const watch = (service: Service) => {
    service.child.once("exit", (code, signal) => {
      clearTimeout(stableTimer)
      if (stopped || service !== current) return
      if (attempts >= maxAttempts) {
        stopped = true
        opts.onGiveUp(
          `${opts.name} vẫn dừng sau ${maxAttempts} lần khởi động lại — dừng cửa hàng. / ${opts.name} kept exiting after ${maxAttempts} restarts — stopping the shop.`
        )
        return
      }
      const delay = baseDelayMs * 2 ** attempts
      attempts++
      const how = signal ? `tín hiệu ${signal}` : `mã ${code}`
      opts.log(
        `${opts.name} đã dừng bất ngờ (${how}); khởi động lại sau ${delay / 1000} giây (lần ${attempts}/${maxAttempts})… / ${opts.name} exited unexpectedly (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s (attempt ${attempts} of ${maxAttempts})…`
      )
      pending = setTimeout(() => void restart(), delay)
    })
  }

  const restart = async () => {
    if (stopped) return
    const service = opts.launch()
    current = service
    restarts++
    watch(service)
    try {
      await opts.ready(service)
      if (stopped || service !== current) return
      opts.log(`${opts.name} đã chạy lại. / ${opts.name} is back.`)
      stableTimer = setTimeout(() => {
        attempts = 0
      }, stableMs)
      stableTimer.unref()
    } catch {
      // not serving: stop it, and its exit schedules the next attempt
      if (!stopped && service === current) await service.stop()
    }
  }

  watch(first)
  stableTimer = setTimeout(() => {
    attempts = 0
  }, stableMs)
  stableTimer.unref()
  return {
    current: () => current,
    restarts: () => restarts,
    stop: async () => {
      stopped = true
      clearTimeout(pending)
      clearTimeout(stableTimer)
      await current.stop()
    },
  }
}
