/** The VietQR payload as an SVG QR code (server-side, no client JavaScript). */
import QRCode from "qrcode"

export function qrSvg(payload: string): Promise<string> {
  // Medium error correction: banking apps read it from a phone screen or a printout.
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } })
}
