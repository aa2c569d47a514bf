/**
 * Progress of a running import, per chunk, for the command line's progress bar. In-process
 * only: the route that started the import listens, the workflow step reports.
 */
type Listener = (done: number, total: number) => void
const listeners = new Map<string, Listener>()

export function onImportProgress(id: string, listener: Listener): () => void {
  listeners.set(id, listener)
  return () => listeners.delete(id)
}

export function reportImportProgress(id: string | undefined, done: number, total: number) {
  if (id) listeners.get(id)?.(done, total)
}
