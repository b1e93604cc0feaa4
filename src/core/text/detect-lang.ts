import { foldVi, syllables } from './vietnamese';

export type DetectedLang = 'vi' | 'en';

const wordSet = (words: string) => new Set(words.split(' '));

// Words that only English uses (or uses far more): function words and the verbs residents ask with.
const EN = wordSet(
  "the is are was were my your our their i im i'm you he she it we they what whats where when why how which who whom does did do dont doesnt didnt can cant could should would will wont shall must may might have has had this that these those there here of for with from into about if or and but not no yes please help someone somebody me him her us them get got give gave send sent sends call called calls phone number money account password code bank app apps install download app's what's asked asking says said told tell wants want need needs safe scam real fake link message messages text texts email police officer really ok okay hi hello thanks thank just still already again then than because after before new old grandma grandpa mum mom dad son daughter on in at by be an as so up out off turn set see find lost lose stolen change reset forgot forget log login sign register check share report activate create ending certificate vs difference between steps website",
);
// Folded Vietnamese words that English never writes: residents typing without diacritics still use them.
const VI = wordSet(
  'la gi khong ko k duoc dc cua toi tui bac chau em anh chi co ong ba cho hoi sao the nao nhu lam roi ma thi voi vay nay kia do day dau bi nhe nha oi ah nhi ha vao ra len xuong tai cai gui nhan so tien dien thoai tai khoan mat khau ngan hang cong an lua dao bao minh nguoi chua da dang se hay muon can phai nen biet giup xin con me bo may chu hon tong',
);
// Chat shorthand only Vietnamese residents type ("ntn", "lm j", "dk tk"): no Vietnamese syllable, yet Vietnamese.
const VI_SHORT = wordSet(
  'j ji ntn lm ls dk dki dky tk stk mk dt dthoai r ms vs bn v vz k ko kg kh khg hok hem sdt pa tdp dc dtc ck nh cccd cmnd cmt bhyt bhxh gplx mst tn ib zl ng ngta cx cg wa thik lun trc nx ud vn eid hp',
);
// Names and loanwords both languages write the same way: they say nothing about the language.
const SHARED = wordSet(
  'vneid vnied zalo otp smart hai phong hp facebook fb app link qr sms iphone android samsung ok pin cccd id chplay appstore google play vietqr momo zalopay viettel vnpt mobifone',
);

// A folded Vietnamese syllable: optional onset, a vowel nucleus, optional coda. English words mostly break it
// ("where", "install", "scam" pass as letters but "wh", "ll", "sc" are no Vietnamese onset or coda).
const VI_SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?(uye|uya|ieu|yeu|uoi|uou|oai|oay|uay|oeo|ươi|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uy|ye|a|e|i|o|u|y)(ch|ng|nh|c|m|n|p|t)?$/;

/**
 * The language a message is written in, per message: Vietnamese with diacritics is certain; without them, English
 * function words and non-Vietnamese syllables are weighed against Vietnamese function words. Ties go to Vietnamese,
 * the language of almost every resident.
 */
export function detectLang(text: string): DetectedLang {
  const plain = text.normalize('NFC');
  // Quoted labels ("Có phải bạn…", «Học bài») and web addresses are what the message talks about, not its language.
  const unquoted = plain
    .replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, ' ')
    .replace(/\S+\.(?:vn|com|net|org|top|vip|xyz)\S*/gi, ' ');
  const raw = syllables(unquoted.replace(/[’']/g, '').toLowerCase());
  let en = 0;
  let vi = 0;
  let words = 0;
  for (const typed of raw) {
    const w = foldVi(typed);
    if (/\d/.test(w) || SHARED.has(w)) continue;
    words += 1;
    // A word typed with Vietnamese diacritics is Vietnamese; a name like "Hải Phòng" inside English is outweighed.
    if (typed !== w) vi += 0.8;
    else if (VI.has(w) || VI_SHORT.has(w)) vi += 1;
    if (EN.has(w) && typed === w) en += 1;
    else if (typed === w && !VI_SHORT.has(w) && !VI_SYLLABLE.test(w)) en += 0.7;
  }
  if (!words) return 'vi';
  return en > vi && en >= Math.max(1, words * 0.3) ? 'en' : 'vi';
}
