/// <reference lib="dom" />
import { useEffect, useState } from "react"
import { adminFetch } from "./admin-api"

/**
 * Loads an /admin path with the staff session and reloads when it changes; an answer that
 * arrives after the path changed again is dropped. `reload()` asks again (after a save).
 */
export function useAdminData<T>(path: string | null): { data: T | null; error: string | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (!path) return
    let current = true
    setLoading(true)
    setError(null)
    adminFetch<T>(path)
      .then((body) => current && setData(body))
      .catch((e: Error) => current && setError(e.message))
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [path, round])
  return { data, error, loading, reload: () => setRound((r) => r + 1) }
}
