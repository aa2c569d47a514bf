/** The VietQR payload as a QR code image, drawn on the server (no client JavaScript). */
import QRCode from "qrcode"

// Medium error correction: banking apps read it from a phone screen, a saved image or a printout.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } } as const

/**
 * A PNG data URL: shown as an <img> a phone can long-press to save, and the target of the
 * "save the QR image" link (`download`), so saving works without JavaScript or another request.
 */
export function qrPngDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { ...OPTIONS, type: "image/png", width: 480 })
}
