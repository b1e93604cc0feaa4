import { formatJoinCode } from '../../../src/core/household/join-code';

export type JoinCard = { code: string; areaName: string; wardName: string; label: string | null; qrSvg: string };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const PER_PAGE = 8;

// Two columns by four rows on A4: cards are cut apart along the dashed lines and handed out house by house.
const STYLE = `
@page { size: A4; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Be Vietnam Pro", "Noto Sans", Arial, sans-serif; color: #111; }
.page { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: repeat(4, 70mm); width: 194mm; break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.card { border: 1px dashed #888; padding: 4mm; display: flex; gap: 4mm; align-items: center; overflow: hidden; }
.qr { width: 38mm; height: 38mm; flex: none; }
.qr svg { width: 100%; height: 100%; }
.title { font-size: 11pt; font-weight: 700; margin: 0 0 2mm; }
.code { font-size: 22pt; font-weight: 800; letter-spacing: 1mm; margin: 1mm 0; font-family: "DejaVu Sans Mono", monospace; }
.meta { font-size: 10pt; margin: 0.5mm 0; }
.how { font-size: 9pt; color: #333; margin-top: 2mm; }
@media screen { body { background: #eee; } .page { background: #fff; margin: 8mm auto; } }
`;

function card(c: JoinCard) {
  return `<div class="card"><div class="qr">${c.qrSvg}</div><div>
<p class="title">Thẻ tham gia hộ gia đình · Học vụ số</p>
<p class="meta">Mã hộ</p><p class="code">${esc(formatJoinCode(c.code))}</p>
<p class="meta">${esc(c.areaName)} · ${esc(c.wardName)}</p>
${c.label ? `<p class="meta">${esc(c.label)}</p>` : ''}
<p class="how">Quét mã QR bằng Zalo, hoặc mở Học vụ số và nhập mã hộ để tham gia.</p>
</div></div>`;
}

/** A printable page of join cards (A4, 8 cards a sheet); the browser's print dialog does the rest. */
export function joinCardsHtml(cards: JoinCard[]): string {
  const pages: string[] = [];
  for (let i = 0; i < cards.length; i += PER_PAGE)
    pages.push(
      `<section class="page">${cards
        .slice(i, i + PER_PAGE)
        .map(card)
        .join('\n')}</section>`,
    );
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Thẻ tham gia hộ gia đình (${cards.length})</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>${pages.join('\n') || '<p>Không có hộ gia đình nào để in.</p>'}</body></html>`;
}

/** What a print link shows when it cannot show cards: what happened, and what to do, for a person at a printer. */
export function joinCardsErrorHtml(message: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Không mở được thẻ tham gia</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font-family: "Be Vietnam Pro", "Noto Sans", Arial, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; font-size: 18px; line-height: 1.5; color: #111; }</style></head>
<body><h1>Không mở được thẻ tham gia</h1><p>${esc(message)}</p>
<p>Anh/chị mở Học vụ số, vào <b>Hộ gia đình</b> và bấm <b>In thẻ</b> lần nữa để lấy đường link mới.</p></body></html>`;
}
