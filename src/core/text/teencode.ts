import { foldVi, syllables } from './vietnamese';

/**
 * Chat shorthand and abbreviations, on folded text, mapped to the plain words the FAQ uses.
 * Multi-word keys ("vn eid") are matched before single words.
 */
const PHRASES: [string, string][] = [
  ['vn eid', 'vneid'],
  ['vn id', 'vneid'],
  ['vneid', 'vneid'],
  ['smart hp', 'smart hai phong'],
  ['smarthp', 'smart hai phong'],
  ['smart haiphong', 'smart hai phong'],
  ['haiphong', 'hai phong'],
  ['pass code', 'passcode'],
  ['mat khau', 'mat khau'],
  ['ch play', 'chplay'],
  ['app store', 'appstore'],
  ['google play', 'chplay'],
  // Synonyms residents use for the same thing; the FAQ uses the right-hand words.
  ['ung dung dinh danh dien tu', 'vneid'],
  ['ung dung dinh danh', 'vneid'],
  ['app dinh danh', 'vneid'],
  ['dinh danh dien tu', 'vneid'],
  ['dinh danh', 'vneid'],
  ['muc hai', 'muc 2'],
  ['cap do hai', 'muc 2'],
  ['cap do 2', 'muc 2'],
  ['cap 2', 'muc 2'],
  ['muc mot', 'muc 1'],
  ['cap do 1', 'muc 1'],
  ['ma xac nhan', 'otp'],
  ['ma xac thuc', 'otp'],
  ['ma otp', 'otp'],
  ['duong dan', 'link'],
  ['duong link', 'link'],
  ['bang lai xe', 'giay phep lai xe'],
  ['bang lai', 'giay phep lai xe'],
  ['hai phong smart', 'smart hai phong'],
  ['smat', 'smart'],
  ['gia mao', 'gia'],
  ['hang fake', 'gia'],
  ['fake', 'gia'],
  ['update', 'cap nhat'],
  ['phien ban moi', 'cap nhat'],
  ['ban moi', 'cap nhat'],
  ['an ninh trat tu', 'antt'],
  ['may tinh bang', 'dien thoai'],
  ['may moi', 'dien thoai moi'],
  ['may cu', 'dien thoai cu'],
  ['luu chu', 'luu tru'],
  ['tam chu', 'tam tru'],
  ['to cao', 'to giac'],
  ['bao cong an', 'to giac'],
  ['khuon mat', 'mat'],
  ['chup mat', 'mat'],
  ['ky tu', 'ki tu'],
];

const WORDS: Record<string, string> = {
  ko: 'khong', k: 'khong', kg: 'khong', kh: 'khong', hok: 'khong', hong: 'khong', hem: 'khong', khg: 'khong',
  dc: 'duoc', dtc: 'duoc',
  j: 'gi', ji: 'gi',
  ntn: 'nhu the nao', sao: 'sao', lm: 'lam', ls: 'lam sao',
  vs: 'voi', vz: 'vay', v: 'vay',
  mk: 'mat khau', mkhau: 'mat khau', pass: 'mat khau', password: 'mat khau', pw: 'mat khau',
  sdt: 'so dien thoai', dt: 'dien thoai', dthoai: 'dien thoai',
  tk: 'tai khoan', acc: 'tai khoan', stk: 'so tai khoan', ck: 'chuyen khoan', nh: 'ngan hang',
  cccd: 'can cuoc', cmnd: 'can cuoc', cmt: 'can cuoc', cc: 'can cuoc',
  bhyt: 'bao hiem y te', bhxh: 'bao hiem xa hoi', gplx: 'giay phep lai xe', mst: 'ma so thue',
  hp: 'hai phong', tdp: 'to dan pho', pa: 'phan anh',
  app: 'ung dung', ud: 'ung dung', iphone: 'iphone appstore', android: 'android chplay', samsung: 'android chplay', apk: 'apk', ad: 'admin', bn: 'bao nhieu', r: 'roi', ms: 'moi', nx: 'nua', trc: 'truoc',
  otp: 'otp', sms: 'tin nhan', tn: 'tin nhan', msg: 'tin nhan', ib: 'nhan tin', zl: 'zalo', fb: 'facebook', mess: 'messenger',
  qr: 'qr', cod: 'cod', dk: 'dang ky', dki: 'dang ky', dky: 'dang ky',
  ng: 'nguoi', ngta: 'nguoi ta', cx: 'cung', cg: 'cung',
  hum: 'hom', nay: 'nay', wa: 'qua', ok: 'duoc', oki: 'duoc', thik: 'thich', lun: 'luon',
};

/** Folded text with chat shorthand expanded: "ko nhan dc otp" → "khong nhan duoc otp". */
export function expandShorthand(text: string): string {
  let s = ` ${syllables(foldVi(text)).join(' ')} `;
  for (const [from, to] of PHRASES) s = s.split(` ${from} `).join(` ${to} `);
  // "bị lừa" means "bị lừa đảo": the FAQ always says the full word.
  s = s.replace(/ lua (?!dao )/g, ' lua dao ');
  return syllables(s)
    .map((w) => WORDS[w] ?? w)
    .join(' ');
}
