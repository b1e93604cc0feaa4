import QRCode from 'qrcode';

/** A Zalo mini app deep link: Zalo opens the app at `path` with the query parameters. */
export function miniAppLink(appId: string, path: string, params: Record<string, string>) {
  return `https://zalo.me/s/${encodeURIComponent(appId)}/${path}?${new URLSearchParams(params).toString()}`;
}

/** An SVG QR code (medium error correction survives a creased or smudged print). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
