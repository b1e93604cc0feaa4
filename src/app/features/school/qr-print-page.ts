import type { MadeLink } from './school-page';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type QrPrint = {
  lang: 'vi' | 'en';
  title: string;
  heading: string;
  lines: string[];
  qrSvg: string;
  link: string;
};

type Say = (key: string, vars?: Record<string, string>) => string;

/**
 * What the sheet says: a lesson link is a lesson to take, a practice link a round of "Thật hay lừa?" to play; a
 * parent reading "bài học" above a practice round would expect something else behind the QR.
 */
export function qrSheet(
  made: Pick<MadeLink, 'classLabel' | 'title' | 'practice' | 'qrSvg' | 'link'>,
  schoolName: string,
  say: Say,
  lang: 'vi' | 'en',
): QrPrint {
  const kind = made.practice ? 'Practice' : '';
  return {
    lang,
    title: `${schoolName} · ${made.classLabel}`,
    heading: say(`school.printHeading${kind}`, { classLabel: made.classLabel }),
    lines: [made.title, say(`school.printHow${kind}`), schoolName],
    qrSvg: made.qrSvg,
    link: made.link,
  };
}

/**
 * A page to print for a classroom door or a parents' meeting: the QR large, what it opens, and the link. The QR is
 * the service's own SVG; every text is escaped.
 */
export const qrPrintPage = (p: QrPrint): Blob => new Blob([qrPrintHtml(p)], { type: 'text/html' });

export function qrPrintHtml(p: QrPrint): string {
  return `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>${esc(p.title)}</title>
<style>@page{size:A4;margin:15mm}body{font-family:system-ui,Arial,sans-serif;text-align:center;color:#111}
.qr{width:120mm;height:120mm;margin:8mm auto}.qr img{width:100%;height:100%}h1{font-size:22pt;margin:0 0 4mm}p{font-size:14pt;margin:2mm 0}
code{font-size:10pt;word-break:break-all}</style></head><body>
<h1>${esc(p.heading)}</h1>${p.lines.map((l) => `<p>${esc(l)}</p>`).join('')}
<div class="qr"><img alt="" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.qrSvg)}"></div>
<p><code>${esc(p.link)}</code></p><script>addEventListener('load',()=>print())</script></body></html>`;
}
