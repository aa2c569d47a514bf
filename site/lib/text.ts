/** Vietnamese text handling has one home, shared with the backend. */
export { nfc, foldVietnamese, normalizeSearchText, slugify } from "../../commerce/src/lib/vietnamese-text"
