/**
 * Folders of the editor. `npm start` and the test stack set them (scripts/lib/stack.ts); the
 * defaults suit `astro dev` in the repository.
 * - CONTENT_DIR: the published Markdown (what the site is built from; a git repository or inside one);
 * - EDITOR_DIR: the editor's own data — the workspace where drafts are written (same layout as
 *   the content folder), the record of what each session has seen, the publish queue and log.
 */
import path from "node:path"

export const contentDir = () => path.resolve(process.env.CONTENT_DIR || "content")
export const editorDir = () => path.resolve(process.env.EDITOR_DIR || ".data/editor")
export const workspaceDir = () => path.join(editorDir(), "workspace")
export const viewsDir = () => path.join(editorDir(), "views")
