/**
 * Spelling-variant keys for names: two names with the same key are the same
 * referent within an article or across articles (`Ja'afari` / `Ja’afari` /
 * `al-Jaafari` / `Jaafari`; `Abdulrahman` / `Abdel Rahman`; `Zoë` / `Zoe`).
 *
 * @module
 */

/** Arabic article forms glued by a hyphen or standing as a word before a name (`al-`, `el-`, `ad-`). */
const ARTICLE = /(^|[\s-])(?:al|el|ad|ar|as|ash|at|az|an)(?:-|\s+)(?=\p{L})/giu;
/** `Abdul`, `Abdel`, `Abd al`, `Abd el`, `Abdol` (+ space or hyphen) → `abd`. */
const ABD = /(^|\s)abd(?:ul|el|al|ol|u|e|\s+al|\s+el)?[\s-]?(?=\p{L})/gu;

/**
 * The spelling-variant key of a name: accents, apostrophes, hyphens, the Arabic
 * article, `Abd*` forms, a leading `the`, doubled letters and case folded away.
 * Linear in the length of the name.
 *
 * @param name - a name as written
 * @returns the key (`''` for a name with no letters or digits)
 *
 * @example
 * ```ts
 * aliasKey("Bashar al-Ja'afari") === aliasKey('Bashar Jaafari'); // true
 * aliasKey('Rami Abdulrahman') === aliasKey('Rami Abdel Rahman'); // true
 * aliasKey('the Syrian Observatory'); // 'syrianobservatory'
 * ```
 */
export function aliasKey(name: string): string {
  const cached = KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  // A bounded memo: names repeat within and across articles; the table never grows past its limit.
  if (KEYS.size >= KEY_CACHE_LIMIT) KEYS.clear();
  KEYS.set(name, key);
  return key;
}

/** Memo of {@link aliasKey}, bounded by {@link KEY_CACHE_LIMIT}. */
const KEYS = new Map<string, string>();
const KEY_CACHE_LIMIT = 4096;

function computeKey(name: string): string {
  let ascii = true;
  // What the patterns below need, read in the same pass: an ASCII apostrophe, and a blank or
  // hyphen (the Arabic article and a leading "the" are always followed by one; one-word names have none).
  let apostrophe = false;
  let separator = false;
  for (let i = 0; i < name.length && ascii; i++) {
    const c = name.charCodeAt(i);
    ascii = c < 128;
    if (c === 0x27 || c === 0x60) apostrophe = true;
    else if (c === 0x20 || c === 0x2d || (c >= 0x09 && c <= 0x0d)) separator = true;
  }
  let s = ascii
    ? name.toLowerCase()
    : name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  // (An ASCII name skips the patterns that cannot match it: no regular expression runs on most.)
  if (!ascii || apostrophe) s = s.replace(/['’‘`ʼ]/g, '');
  if (!ascii || separator) {
    s = s.replace(/^the\s+/, '');
    s = s.replace(ARTICLE, '$1');
  }
  if (s.includes('abd')) s = s.replace(ABD, '$1abd');
  if (!ascii) {
    s = s.replace(/[^\p{L}\p{N}]+/gu, '');
    // Doubled letters are a transliteration choice (Jaafari / Jafari, Hassan / Hasan).
    return s.replace(/(\p{L})\1+/gu, '$1');
  }
  // The same two steps in one pass over an ASCII name (most names): letters and digits kept,
  // a doubled letter written once.
  let out = '';
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = c >= 97 && c <= 122;
    if (!letter && !(c >= 48 && c <= 57)) continue;
    if (letter && c === prev) continue;
    out += s[i];
    prev = c;
  }
  return out;
}
