const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type QrPrint = { title: string; heading: string; lines: string[]; qrSvg: string; link: string };

/**
 * A page to print for a classroom door or a parents' meeting: the QR large, what it opens, and the link. The QR is
 * the service's own SVG; every text is escaped.
 */
export function qrPrintPage(p: QrPrint): Blob {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(p.title)}</title>
<style>@page{size:A4;margin:15mm}body{font-family:system-ui,Arial,sans-serif;text-align:center;color:#111}
.qr{width:120mm;height:120mm;margin:8mm auto}.qr img{width:100%;height:100%}h1{font-size:22pt;margin:0 0 4mm}p{font-size:14pt;margin:2mm 0}
code{font-size:10pt;word-break:break-all}</style></head><body>
<h1>${esc(p.heading)}</h1>${p.lines.map((l) => `<p>${esc(l)}</p>`).join('')}
<div class="qr"><img alt="" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.qrSvg)}"></div>
<p><code>${esc(p.link)}</code></p><script>addEventListener('load',()=>print())</script></body></html>`;
  return new Blob([html], { type: 'text/html' });
}
