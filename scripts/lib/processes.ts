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
