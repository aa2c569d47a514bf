declare namespace App {
  interface Locals {
    /** the signed-in Union staff member on editor routes (site/middleware.ts) */
    editor?: { user: import("./lib/editor/session").EditorUser; session: import("./lib/editor/session").EditorSession }
  }
}

/** where the editor's browser app was bundled (site/editor/integration.ts) */
declare const __EDITOR_UI_DIR__: string
