/**
 * Reading the phrase that names the victims: a counted phrase ("at least 31
 * others", "dozens of civilians", "25 pro-government Shiite fighters"), a
 * singular description ("a senior officer", "the head of military
 * security"), or a name ("Maj Gen Hassan Daeboul").
 */
import { type Quantity, readQuantity } from '../numbers/index.js';
import type { Token } from '../document/model.js';
import { type Ctx, countedMemo, textOf } from './context.js';
import {
  ANCHORS,
  GROUP_NOUNS,
  MONTHS,
  NAME_STOP_WORDS,
  POSSESSIVES,
  PRONOUN_HEADS,
  RELATIONAL_HEADS,
  SOURCE_VERBS,
  TITLES,
  VICTIM_HEADS,
  isCapitalised,
  isSingularHead,
  SINGULAR_HEADS,
  isVictimHead,
  isPersonHead,
  NAME_INTRODUCERS,
} from './lexicon.js';
import {
  ARTICLES,
  DOUBLE_QUOTATION_MARKS,
  HEADLINE_SOURCE_WORDS,
  POSSESSIVE_DETERMINERS,
} from '../lexicon/en/index.js';
import { negatedBefore } from '../syntax/negation.js';
import { firstNameGender } from '../actors/lexicon.js';
import { isCapitals, isGluedHyphen, isHyphen, isUpperCase, isYearWord } from '../syntax/tokens.js';

/** A phrase naming victims, in token indexes. */
export interface Phrase {
  /** First token of the span (the qualifier, the article, the title). */
  readonly first: number;
  /** One past the span's last token (the victim head, or the number when there is none). */
  readonly end: number;
  /** One past the victim phrase with its "of/from" part ("people from the same family"); ≥ `end`. */
  readonly victimsEnd: number;
  /** The token that identifies the phrase (its number, or its head). */
  readonly key: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  /** The counted noun phrase as written, or `null`. */
  readonly victims: string | null;
  /** The victim head token, or -1. */
  readonly head: number;
  readonly kind: 'counted' | 'singular' | 'named';
}

const PARTITIVE_DETS = new Set(['the', 'these', 'those', ...POSSESSIVE_DETERMINERS]);
/** Lower-case words inside a name: Arabic, Dutch, German, Spanish particles ("bin", "de"), and the "y" of a Spanish double surname ("Lopez y Lopez"). */
const NAME_LINKS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'abd', 'bint', 'y']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const PERCENT = new Set(['%', 'percent', 'per', 'pc']);
const MAX_RUN = 6;
/** Verb forms that never modify a victim noun ("11 including children"). */
const NOT_MODIFIERS = new Set(['including', 'included', 'according', 'killing', 'leaving', 'following', 'excluding']);

/** Most words of a bracketed gloss inside a victim phrase ("[Central American University]"). */
const MAX_GLOSS = 4;

/** The bracket closing a gloss that opens at `k`: one token, or words with no verb or number, or -1. */
function glossClose(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const closer = toks[k]!.value === '(' ? ')' : ']';
  // One token, whatever its tag: an acronym ("(IS)", which the model reads as a verb).
  if (toks[k + 2]?.value === closer && k + 2 < ctx.end) return k + 2;
  for (let m = k + 1; m < ctx.end && m - k <= MAX_GLOSS + 1; m++) {
    const t = toks[m]!;
    if (t.value === closer) return m > k + 1 ? m : -1;
    // An editor's note in square brackets may hold a verb ("FOUR [NUMBER AS HEARD] OTHER PEOPLE"); a
    // bracket of the text's own may not.
    if (t.shape !== 'word' || ((t.pos === 'VERB' || t.pos === 'AUX') && closer === ')')) return -1;
  }
  return -1;
}

/** Whether token `k` can sit inside a noun phrase before its head (modifier or noun). */
function isNominal(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  if (isGluedHyphen(ctx.toks, k)) return true;
  // Parts of a glued compound ("10-year-old", "two-day-old", "pro-Assad"), dates inside them too.
  if (isGluedHyphen(ctx.toks, k + 1) || isGluedHyphen(ctx.toks, k - 1))
    return t.shape === 'word' || t.shape === 'number';
  if (ctx.dateMask[k] === 1) {
    // A date word that modifies a noun for people is part of the phrase ("a night watchman", "Friday worshippers").
    const next = ctx.toks[k + 1];
    return (
      next !== undefined &&
      k + 1 < ctx.end &&
      ctx.dateMask[k + 1] !== 1 &&
      (isVictimHead(next) || isSingularHead(next.lower))
    );
  }
  if (t.shape !== 'word' && t.shape !== 'other') return false;
  // "Kill 3 Including Journalist": a Title-Case headline tags "Including" a proper noun.
  if (NOT_MODIFIERS.has(t.lower)) return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') return true;
  // An acronym, whatever its tag ("287 IS fighters", "members of IS": IS is tagged as a verb).
  if (t.value.length >= 2 && t.value.length <= 6 && isCapitals(t.value)) return true;
  // A noun mistagged as a verb before another noun ("IS group militants").
  if (
    t.pos === 'VERB' &&
    !(t.lower.endsWith('ed') || t.lower.endsWith('ing') || t.lower.endsWith('s')) &&
    !ANCHORS.has(t.lower) &&
    k + 1 < ctx.end &&
    isVictimHead(ctx.toks[k + 1]!)
  ) {
    return true;
  }
  // A capitalised word the tagger read as a verb inside a name that modifies the head ("a Red Cross
  // worker", "two Red Cross volunteers"): after a capitalised proper noun, before the head.
  if (t.pos === 'VERB' && k - 1 > ctx.first && k + 1 < ctx.end && isCapitalised(t) && !ANCHORS.has(t.lower)) {
    const prev = ctx.toks[k - 1]!;
    const next = ctx.toks[k + 1]!;
    if (prev.pos === 'PROPN' && isCapitalised(prev) && (isVictimHead(next) || isSingularHead(next.lower))) return true;
  }
  // Participles used as modifiers ("armed", "unarmed"): only before another nominal.
  return (
    t.pos === 'VERB' &&
    (t.lower.endsWith('ed') || t.lower.endsWith('ing')) &&
    !ANCHORS.has(t.lower) &&
    k + 1 < ctx.end &&
    isNominalNoun(ctx, k + 1)
  );
}

const isNominalNoun = (ctx: Ctx, k: number): boolean => {
  const p = ctx.toks[k]!.pos;
  return p === 'NOUN' || p === 'PROPN';
};

/** The victims text: lower-cased unless a proper name, no all-caps shouting. */
function victimsText(ctx: Ctx, first: number, end: number): string {
  let s = textOf(ctx, first, end);
  if (s.length > 1 && isUpperCase(s)) s = s.toLowerCase();
  const t = ctx.toks[first]!;
  if (t.pos !== 'PROPN' && isTitleWord(t.value) && !isProperWord(t)) s = s[0]!.toLowerCase() + s.slice(1);
  return s;
}

/** `/^[A-Z][a-z]/`: an ASCII capital, then an ASCII lower-case letter. */
function isTitleWord(v: string): boolean {
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

const isProperWord = (t: Token): boolean => t.pos === 'PROPN';

interface Run {
  /** First token of the victim words. */
  readonly first: number;
  /** The head token. */
  readonly head: number;
}

/**
 * Reads modifiers and a victim head from `j`: `Run`, `'none'` when no noun
 * follows (a bare count), `'reject'` when a noun that names no people follows
 * ("three days", "two km").
 */
function readVictimRun(ctx: Ctx, j: number): Run | 'none' | 'reject' {
  const { toks } = ctx;
  let head = -1;
  let commonNoun = false;
  const limit = Math.min(ctx.end, j + MAX_RUN + 2);
  // Another count right after ("kill 21 hundreds flee"): this one is bare.
  if (j < ctx.end && isCountStart(ctx, j)) return 'none';
  for (let k = j; k < limit; k++) {
    const t = toks[k]!;
    // "passers-by": a listed head written with a hyphen is one head, ending in its last word.
    const compound = hyphenatedHeadEnd(toks, k, VICTIM_HEADS);
    if (compound > k && k + 2 < ctx.end) {
      head = compound;
      k = compound;
      continue;
    }
    if (isVictimHead(t) && ctx.dateMask[k] !== 1 && !isGluedHyphen(toks, k + 1)) {
      // "Strikes kill 20 civilians activists": a source noun closing a headline is its lost-colon source.
      if (head >= 0 && closesHeadlineSource(ctx, k)) break;
      head = k;
      continue;
    }
    // "soldiers and pro-regime militiamen", "regime and rebel fighters": one count for both.
    if ((t.lower === 'and' || t.lower === 'or') && k + 1 < limit && !anchorBetween(ctx, j, k)) {
      const other = coordinatedHead(ctx, k + 1, limit);
      if (other >= 0) head = other;
      break;
    }
    // A bracketed acronym or gloss inside the phrase: "Red Crescent [SARC] volunteers", "Islamic State
    // (IS) leaders", an editor's "six UCA [Central American University] Jesuits".
    const close = t.value === '(' || t.value === '[' ? glossClose(ctx, k) : -1;
    if (close > k) {
      k = close;
      continue;
    }
    if (head >= 0) break; // a non-head after the head ends the phrase ("people Tuesday")
    if (!isNominal(ctx, k)) break;
    if (t.pos === 'NOUN' && !ANCHORS.has(t.lower) && !isCapitalised(t)) commonNoun = true;
  }
  if (head >= 0) return { first: j, head };
  // A count before a common noun that names no people ("three days") is not a figure; before a
  // capitalised word it is a bare count ("kills 32 Medical source" in a headline that names its source).
  return commonNoun && !(j < ctx.end && isCapitalised(toks[j]!)) ? 'reject' : 'none';
}

/** Whether token `k` is a source noun that ends a headline (its line's last word, or the last before a bar). */
function closesHeadlineSource(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (!HEADLINE_SOURCE_WORDS.has(toks[k]!.lower)) return false;
  const next = toks[k + 1];
  if (k + 1 < ctx.end && next !== undefined && next.value !== '|' && !/^[.!?]$/.test(next.value)) return false;
  return ctx.doc.zoneAt(toks[k]!.start) === 'headline';
}

/**
 * The head of a second group of people sharing one count, right after "and"
 * ("14 soldiers and allied militiamen"): only modifiers and nouns, no count,
 * no verb, no outcome word; -1 when there is none.
 */
function coordinatedHead(ctx: Ctx, k: number, limit: number): number {
  for (let m = k; m < Math.min(limit, k + 4); m++) {
    const t = ctx.toks[m]!;
    if (ANCHORS.has(t.lower) || isCountStart(ctx, m)) return -1;
    // "the two men and gunned them down": a pronoun after "and" is an object of another verb.
    if (PRONOUN_HEADS.has(t.lower)) return -1;
    if (isVictimHead(t) && ctx.dateMask[m] !== 1 && !isGluedHyphen(ctx.toks, m + 1)) return m;
    const plain =
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      (t.pos === 'VERB' && t.lower.endsWith('ed')) || // "allied", "armed"
      isGluedHyphen(ctx.toks, m) ||
      isGluedHyphen(ctx.toks, m - 1);
    if (!plain) return -1;
  }
  return -1;
}

/** Whether an outcome word stands in `[from, to)` ("822 wounded and more …" is two figures). */
function anchorBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (ANCHORS.has(ctx.toks[m]!.lower)) return true;
  return false;
}

/**
 * Whether a count starts at `k` ("… and 12 civilians" is a second figure, not more victim words). A
 * number glued by a hyphen to the word after it is an age or size modifier ("three 10-year-old
 * girls", "two 500-pound bombs"), no count of its own.
 */
function isCountStart(ctx: Ctx, k: number): boolean {
  const q = readQuantity(ctx.toks, k, ctx.end);
  return q !== null && !q.hyphenated;
}

/** One past the victim phrase's "of/from" part: a group noun ("from the same family") or a relational head's object. */
function victimPhraseEnd(ctx: Ctx, head: number): number {
  const { toks } = ctx;
  const next = toks[head + 1]?.lower;
  if (head + 1 >= ctx.end || (next !== 'of' && next !== 'from')) return head + 1;
  const limit = Math.min(ctx.end, head + 8);
  for (let m = head + 2; m < limit; m++) {
    const t = toks[m]!;
    if (GROUP_NOUNS.has(t.lower)) return m + 1;
    if (!(ARTICLES.has(t.lower) || isNominal(ctx, m) || t.lower === 'same' || t.pos === 'NUM')) break;
  }
  if (RELATIONAL_HEADS.has(toks[head]!.lower)) return objectEnd(ctx, head + 2);
  return head + 1;
}

/** One past a short noun phrase object starting at `m` ("military security", "the Syrian army's 4th division"). */
function objectEnd(ctx: Ctx, m: number): number {
  const { toks } = ctx;
  let k = m;
  if (k < ctx.end && (ARTICLES.has(toks[k]!.lower) || POSSESSIVES.has(toks[k]!.lower))) k++;
  const start = k;
  let limit = Math.min(ctx.end, k + MAX_RUN);
  while (k < limit) {
    const t = toks[k]!;
    if (isNominal(ctx, k) || t.lower === "'s" || t.lower === '’s' || t.shape === 'ordinal') k++;
    else if ((t.lower === 'of' || t.lower === 'for') && k + 1 < limit && isCapitalised(toks[k + 1]!)) k++;
    else if (DOUBLE_QUOTATION_MARKS.has(t.value)) {
      // 'members of the "Islamic State in Iraq and Levant" and "al-Nusra Front" organizations': a name in
      // quotation marks, however many words, is one word of the object.
      const close = quotedNameEnd(ctx, k);
      if (close < 0) break;
      limit = Math.min(ctx.end, close + 1 + MAX_RUN);
      k = close + 1;
    } else if (
      t.lower === 'and' &&
      k > start &&
      DOUBLE_QUOTATION_MARKS.has(toks[k - 1]!.value) &&
      DOUBLE_QUOTATION_MARKS.has(toks[k + 1]?.value ?? '')
    )
      k++;
    else break;
  }
  return k > start ? k : m - 1;
}

/**
 * The closing mark of a name in double quotation marks opening at `k` ('"Hawk Brigade"'): a capitalised
 * first word, no verb, at most eight words; -1 when `k` opens no such name.
 */
function quotedNameEnd(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const first = toks[k + 1];
  // "al-Nusra Front": a lower-case article glued to the name opens it too.
  if (first === undefined || k + 1 >= ctx.end) return -1;
  if (!(isCapitalised(first) || isShouted(ctx, first) || isGluedHyphen(toks, k + 2))) return -1;
  for (let m = k + 1; m < ctx.end && m - k <= 9; m++) {
    const t = toks[m]!;
    if (DOUBLE_QUOTATION_MARKS.has(t.value)) return m > k + 1 ? m : -1;
    // A verb in lower case is a clause, not a name ("Levant" read as a verb is still a name word).
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(isCapitalised(t) || isShouted(ctx, t))) return -1;
    if (t.pos === 'PUNCT' && !isGluedHyphen(toks, m)) return -1;
  }
  return -1;
}

/** Whether the token before `first` (past "single"/"a") negates the phrase ("no one", "not a single"). */
function negated(ctx: Ctx, first: number): boolean {
  return negatedBefore(ctx.toks, first, ctx.first);
}

/** A month name of the dates lexicon, "may" aside ("20 may have died" is a count). */
const monthName = (w: string): boolean => w !== 'may' && MONTHS.has(w);

/** Whether `s` is all ASCII digits (a char-code test, no regex per count). */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether the number at `k` is a day with its month next to it ("26 FEBRUARY", "March 3"), read or
 * not as a date by the date layer (wire copy in capitals often is not).
 */
export function dayOfMonth(ctx: Ctx, k: number, monthAfterOnly = false): boolean {
  const t = ctx.toks[k];
  if (t === undefined || t.pos !== 'NUM' || t.value.length > 2 || !allDigits(t.value)) return false;
  if (monthName(ctx.toks[k + 1]?.lower ?? '')) return true;
  return !monthAfterOnly && k > ctx.first && monthName(ctx.toks[k - 1]!.lower);
}

/**
 * Reads a counted phrase at `i`: a quantity (with its qualifier) and the
 * victims it counts, or a bare quantity when no noun follows.
 */
/** Determiners that open "a family of four". */
const FAMILY_DETS = new Set(['a', 'an', 'the', 'one', 'another', 'whole', 'entire']);

/**
 * "both men", "both journalists": "both" before a plural noun of people counts two (not "both sides",
 * which names no people; nor "both the driver and his son", whose conjuncts are read one by one).
 */
function bothOf(ctx: Ctx, i: number): Phrase | null {
  const { toks } = ctx;
  if (toks[i]!.lower !== 'both' || i + 1 >= ctx.end) return null;
  const run = readVictimRun(ctx, i + 1);
  if (typeof run !== 'object' || !isPersonHead(toks[run.head]!)) return null;
  const head = run.head;
  const victimsEnd = victimPhraseEnd(ctx, head);
  return {
    first: i,
    end: head + 1,
    victimsEnd,
    key: i,
    min: 2,
    max: 2,
    approximate: false,
    victims: victimsText(ctx, i + 1, victimsEnd),
    head,
    kind: 'counted',
  };
}

/**
 * "a family of four", "an Iraqi family of five": the family's members counted by the number after
 * "of" (the span opens at the article), or `null`.
 */
function familyOf(ctx: Ctx, i: number): Phrase | null {
  const { toks } = ctx;
  if (!FAMILY_DETS.has(toks[i]!.lower)) return null;
  for (let k = i + 1; k < Math.min(ctx.end - 2, i + 4); k++) {
    const t = toks[k]!;
    if (t.lower === 'family' && toks[k + 1]!.lower === 'of') {
      const q = readQuantity(toks, k + 2, ctx.end);
      if (q === null || q.vague || q.hyphenated || q.firstToken !== k + 2 || q.min === null || q.min < 2) return null;
      return {
        first: i,
        end: q.endToken,
        victimsEnd: q.endToken,
        key: q.numberToken,
        min: q.min,
        max: q.max,
        approximate: q.approximate,
        victims: 'family',
        head: k,
        kind: 'counted',
      };
    }
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN') return null;
  }
  return null;
}

/** Words before a number that make it an age ("aged 7 to 12", "ages 5 and 9"). */
const AGE_WORDS = new Set(['aged', 'ages', 'age']);

export function readCounted(ctx: Ctx, i: number): Phrase | null {
  if (i < ctx.first || i >= ctx.end) return null;
  // Asked again at the same token within the same bounds: the phrase read the first time.
  const memo = (ctx.counted ??= countedMemo(ctx.toks.length));
  if (memo.first[i] === ctx.first + 1 && memo.end[i] === ctx.end) return memo.phrase[i]!;
  const p = readCountedAt(ctx, i);
  memo.first[i] = ctx.first + 1;
  memo.end[i] = ctx.end;
  memo.phrase[i] = p;
  return p;
}

/** {@link readCounted} itself, read afresh. */
function readCountedAt(ctx: Ctx, i: number): Phrase | null {
  const { toks } = ctx;
  const family = familyOf(ctx, i) ?? bothOf(ctx, i);
  if (family !== null) return family;
  let q = readQuantity(toks, i, ctx.end);
  if (q === null || q.hyphenated || negated(ctx, q.firstToken)) return null;
  if (ctx.dateMask[q.numberToken] === 1 || ctx.dateMask[q.endToken - 1] === 1) return null;
  // "ON 26 JANUARY SHINING PATH TERRORISTS MURDERED …": a day the date layer missed.
  // (Only a month after: "in March 12 people died" is a count.)
  if (q.endToken === q.numberToken + 1 && q.endToken < ctx.end && dayOfMonth(ctx, q.numberToken, true)) return null;
  if (q.min === 0 || (q.max !== null && q.max < 1)) return null;
  // "students aged 7 to 12": an age, not a count of people.
  if (q.firstToken > ctx.first && AGE_WORDS.has(toks[q.firstToken - 1]!.lower)) return null;
  // …and the second age of "aged 5 and 9".
  if (
    q.firstToken - 3 >= ctx.first &&
    (toks[q.firstToken - 1]!.lower === 'and' || toks[q.firstToken - 1]!.lower === 'to') &&
    toks[q.firstToken - 2]!.pos === 'NUM' &&
    AGE_WORDS.has(toks[q.firstToken - 3]!.lower)
  )
    return null;
  let after = q.endToken;
  // A count in quotation marks: said "dozens" of fighters were killed; killed "at least 40" people.
  if (
    after + 1 < ctx.end &&
    q.firstToken > ctx.first &&
    QUOTE_MARKS.has(toks[after]!.value) &&
    QUOTE_MARKS.has(toks[q.firstToken - 1]!.value) &&
    (toks[after + 1]!.lower === 'of' || toks[after + 1]!.pos === 'NOUN' || toks[after + 1]!.pos === 'ADJ')
  ) {
    q = { ...q, firstToken: q.firstToken - 1, endToken: after + 1 };
    after++;
  }
  if (after < ctx.end && PERCENT.has(toks[after]!.lower)) return null;
  // "dozens of civilians", "six of the passengers", "dozens of them"
  if (after + 1 < ctx.end && toks[after]!.lower === 'of') {
    const n = toks[after + 1]!.lower;
    if (PRONOUN_HEADS.has(n)) return countedPhrase(ctx, q, after + 1, after + 1);
    // "7 of the 12 miners": the first count, of the people the second one counts.
    if (PARTITIVE_DETS.has(n) && !q.vague) {
      const whole = readQuantity(toks, after + 2, ctx.end);
      if (whole !== null && whole.firstToken === after + 2) {
        const run = readVictimRun(ctx, whole.endToken);
        return typeof run === 'object' ? countedPhrase(ctx, q, run.first, run.head) : null;
      }
    }
    if (q.vague || PARTITIVE_DETS.has(n)) {
      let from = PARTITIVE_DETS.has(n) ? after + 2 : after + 1;
      // "two of the minister's bodyguards": the owner before "'s" is not the counted people.
      if (n === 'the') from = pastOwner(ctx, from);
      const run = readVictimRun(ctx, from);
      if (typeof run === 'object') return countedPhrase(ctx, q, run.first, run.head);
      return q.vague ? barePhrase(ctx, q) : null;
    }
  }
  const run = readVictimRun(ctx, after);
  if (run === 'reject') return null;
  if (run === 'none') return barePhrase(ctx, q);
  return countedPhrase(ctx, q, run.first, run.head);
}

/** One past the "'s" of a short owner phrase at `k` ("minister's", "the Interior Ministry's"), else `k`. */
function pastOwner(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  for (let m = k; m < ctx.end && m - k < 4; m++) {
    const t = toks[m]!;
    if ((t.value === "'s" || t.value === '’s') && m > k) return m + 1;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return k;
  }
  return k;
}

/** A quantity with no victim noun ("killing six", "Dozens killed"); a bare year is none. */
function barePhrase(ctx: Ctx, q: Quantity): Phrase | null {
  if (!q.vague && q.endToken === q.numberToken + 1 && isYearWord(ctx.toks[q.numberToken]!.value)) return null;
  return {
    first: q.firstToken,
    end: q.endToken,
    victimsEnd: q.endToken,
    key: q.numberToken,
    min: q.min === null ? null : Math.round(q.min),
    max: q.max === null ? null : Math.round(q.max),
    approximate: q.approximate,
    victims: null,
    head: -1,
    kind: 'counted',
  };
}

/** A quantity with the victim words `[first, head]` ("25 pro-government Shiite fighters"). */
function countedPhrase(ctx: Ctx, q: Quantity, first: number, head: number): Phrase {
  const pronoun = PRONOUN_HEADS.has(ctx.toks[head]!.lower);
  const victimsEnd = pronoun ? head + 1 : victimPhraseEnd(ctx, head);
  return {
    first: q.firstToken,
    end: head + 1,
    victimsEnd,
    key: q.numberToken,
    min: q.min === null ? null : Math.round(q.min),
    max: q.max === null ? null : Math.round(q.max),
    approximate: q.approximate,
    victims: pronoun ? null : victimsText(ctx, first, victimsEnd),
    head,
    kind: 'counted',
  };
}

/**
 * Reads a quantity at `i` as a count whatever follows it ("11" in "11 of the
 * injured"), with the same checks as {@link readCounted} (not negated, not a
 * date, a percentage or a year).
 */
export function readBareCount(ctx: Ctx, i: number): Phrase | null {
  if (i < ctx.first || i >= ctx.end) return null;
  const q = readQuantity(ctx.toks, i, ctx.end);
  if (q === null || q.hyphenated || negated(ctx, q.firstToken)) return null;
  if (ctx.dateMask[q.numberToken] === 1 || ctx.dateMask[q.endToken - 1] === 1) return null;
  if (q.min === 0 || (q.max !== null && q.max < 1)) return null;
  if (q.endToken < ctx.end && PERCENT.has(ctx.toks[q.endToken]!.lower)) return null;
  return barePhrase(ctx, q);
}

/**
 * Reads a singular description at `i` ("a senior officer", "the head of
 * military security", "his brother"); `bare` allows it without an article
 * (headlines: "IED kills Russian major general").
 */
export function readSingular(ctx: Ctx, i: number, bare = false): Phrase | null {
  const { toks } = ctx;
  if (i < ctx.first || i >= ctx.end) return null;
  const j = singularDeterminerEnd(ctx, i, bare);
  if (j < 0 || negated(ctx, i)) return null;
  let head = singularHeadFrom(ctx, j);
  if (head < 0) head = nationalityHead(ctx, j, toks[i]!.lower);
  if (head < 0) return null;
  const end = singularDescriptionEnd(ctx, head);
  const victimsEnd = end === head + 1 ? victimPhraseEnd(ctx, head) : end;
  if (j === end) return null;
  return {
    first: i,
    end,
    victimsEnd,
    key: head,
    min: 1,
    max: 1,
    approximate: false,
    victims: victimsText(ctx, j, victimsEnd),
    head,
    kind: 'singular',
  };
}

/** Step of readSingular: past the determiner at `i` (article, possessive, "one", a name's possessive), or -1. */
function singularDeterminerEnd(ctx: Ctx, i: number, bare: boolean): number {
  const { toks } = ctx;
  let j = i;
  const det = toks[j]!.lower;
  if (ARTICLES.has(det) || POSSESSIVES.has(det) || det === 'one' || det === 'another') j++;
  // "Delgado's driver": a name's possessive is the determiner.
  else if (isNameOwner(ctx, j)) j += 2;
  else if (!bare) return -1;
  // "the cook's daughter": a possessor noun after the article is part of the determiner.
  if (j > i && j + 2 < ctx.end && (toks[j + 1]!.lower === "'s" || toks[j + 1]!.lower === '’s') && isNominal(ctx, j))
    j += 2;
  return j;
}

/** Step of readSingular: the singular head of the nominal run from `j` ("senior officer", "major general"), or -1. */
function singularHeadFrom(ctx: Ctx, j: number): number {
  const { toks } = ctx;
  let head = -1;
  const limit = Math.min(ctx.end, j + MAX_RUN);
  for (let k = j; k < limit; k++) {
    const t = toks[k]!;
    // "a passer-by": a listed head written with a hyphen.
    const compound = hyphenatedHeadEnd(toks, k, SINGULAR_HEADS);
    if (compound > k && k + 2 < ctx.end) {
      head = compound;
      break;
    }
    if (isSingularHead(t.lower)) {
      // "his brother-in-law": the kin word and its "-in-law" are one head, ending in "law".
      const law = inLawEnd(toks, k);
      if (law > k) {
        head = law;
        k = law;
        continue;
      }
      if (!isGluedHyphen(toks, k + 1)) {
        head = k;
        // A title-like head may be followed by more of the title ("major general"): keep reading.
        continue;
      }
    }
    if (head >= 0 || !isNominal(ctx, k)) break;
  }
  return head;
}

/** Step of readSingular: a nationality as the head after determiner `det` ("an Afghan", "the Jordanian Omar Haddad"), or -1. */
function nationalityHead(ctx: Ctx, j: number, det: string): number {
  const { toks } = ctx;
  // "an Afghan", "a Briton", "five Spaniards and one Salvadoran": a nationality as the whole description.
  if ((det === 'a' || det === 'an' || det === 'one') && j < ctx.end) {
    const t = toks[j]!;
    const after = toks[j + 1];
    if (
      isCapitalised(t) &&
      (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN') &&
      !NAME_STOP_WORDS.has(t.lower) &&
      (after === undefined || j + 1 >= ctx.end || !isNominal(ctx, j + 1))
    ) {
      return j;
    }
  }
  // "the Jordanian Omar Haddad", "a Tunisian Ali Ben Salem": a nationality before a full name.
  if ((det === 'the' || det === 'a' || det === 'an') && j + 2 < ctx.end) {
    const t = toks[j]!;
    if (isCapitalised(t) && t.pos !== 'NOUN' && hasDemonymEnding(t.lower) && !NAME_STOP_WORDS.has(t.lower)) {
      const name = readNameRun(ctx, j + 1);
      const after = name === null ? undefined : toks[name.end];
      if (name !== null && name.words >= 2 && (after === undefined || name.end >= ctx.end || !isNominal(ctx, name.end)))
        return j;
    }
  }
  return -1;
}

/** Step of readSingular: where the description of `head` ends (its "of" phrase, a name after it, "named X"). */
function singularDescriptionEnd(ctx: Ctx, head: number): number {
  const { toks } = ctx;
  let end = head + 1;
  // A relational head takes its "of" phrase ("the head of military security").
  if (RELATIONAL_HEADS.has(toks[head]!.lower) && toks[end]?.lower === 'of' && end + 1 < ctx.end) {
    const e = objectEnd(ctx, end + 1);
    if (e > end + 1) end = e;
  }
  // A name right after the description ("commander Mustafa Badreddine"; in capitals a lowered given name too).
  const name = end === head + 1 ? readNameRun(ctx, end, isShouted(ctx, toks[head]!)) : null;
  if (name !== null) end = name.end;
  // "an elderly man named Julio Rodriguez", "a man identified as Omar Haddad"
  else {
    const at = nameAfterIntroducer(ctx, end);
    const called = at < 0 ? null : readName(ctx, at, false, true);
    if (called !== null) end = called.end;
  }
  return end;
}

/** Where the name starts after a word that introduces it at `k` ("named X", "identified as X"), or -1. */
function nameAfterIntroducer(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  if (k >= ctx.end) return -1;
  const preposition = NAME_INTRODUCERS.get(toks[k]!.lower);
  if (preposition === undefined) return -1;
  if (preposition === '') return k + 1;
  return toks[k + 1]?.lower === preposition ? k + 2 : -1;
}

/** Endings of nationality adjectives ("Jordanian", "Lebanese", "Iraqi", "Kurdish", "Afghan"). */
const DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'i', 'ish', 'an'];

/** Whether a lower-case word ends like a nationality adjective (not "Islamic", "Free"). */
function hasDemonymEnding(w: string): boolean {
  if (w.length < 4) return false;
  for (const e of DEMONYM_ENDINGS) if (w.endsWith(e)) return true;
  return false;
}

/**
 * The last token of an "-in-law" after the kin word at `k` ("brother-in-law"; wire copy spaces its
 * hyphens: "BROTHER - IN - LAW"), or -1.
 */
function inLawEnd(toks: readonly Token[], k: number): number {
  return isHyphen(toks[k + 1]) && toks[k + 2]?.lower === 'in' && isHyphen(toks[k + 3]) && toks[k + 4]?.lower === 'law'
    ? k + 4
    : -1;
}

/**
 * The last token of a head noun listed with a hyphen ("passers-by", "passer-by") that starts at
 * `k` and is written glued in three tokens, or -1.
 */
function hyphenatedHeadEnd(toks: readonly Token[], k: number, heads: ReadonlySet<string>): number {
  const t = toks[k]!;
  if (t.shape !== 'word' || !isGluedHyphen(toks, k + 1) || toks[k + 2] === undefined) return -1;
  return heads.has(`${t.lower}-${toks[k + 2]!.lower}`) ? k + 2 : -1;
}

/** Whether token `k` is a capitalised name followed by "'s" ("Delgado's driver"). */
export function isNameOwner(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  const s = toks[k + 1];
  if (t === undefined || s === undefined || k + 2 >= ctx.end || (s.lower !== "'s" && s.lower !== '’s')) return false;
  return t.shape === 'word' && (t.pos === 'PROPN' || isShouted(ctx, t)) && (isCapitalised(t) || isShouted(ctx, t));
}

/**
 * In text written in capitals, a word the true-cased view wrote in lower case
 * (`RUIZ` → `ruiz`: not a known name, given name or sentence start). Such a word
 * may still be a surname: it continues a name begun by a title or a given name
 * (`MAYOR PEDRO RUIZ` → `Mayor Pedro ruiz`).
 *
 * @example
 * ```ts
 * // doc = parse('MAYOR PEDRO RUIZ WAS ASSASSINATED YESTERDAY.'), ctx over its tokens
 * isShouted(ctx, doc.tokens[2]!); // true: "ruiz", written RUIZ
 * isShouted(ctx, doc.tokens[1]!); // false: "Pedro", a given name the view kept in capitals
 * ```
 */
export function isShouted(ctx: Ctx, t: Token): boolean {
  const c = ctx.doc.text.charCodeAt(t.start);
  const v = t.value.charCodeAt(0);
  return c >= 65 && c <= 90 && v >= 97 && v <= 122;
}

/** A lowered word tagged an adjective, followed by a lowered name word: a given name ("pilar pulido"). */
function shoutedAdjectiveName(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  if (!isShouted(ctx, t) || k + 1 >= ctx.end || ctx.dateMask[k] === 1) return false;
  const w = t.lower;
  if (VICTIM_HEADS.has(w) || isSingularHead(w) || TITLES.has(w) || ANCHORS.has(w)) return false;
  // Not an adjective before people ("ALLEGED PEASANTS", "UNIDENTIFIED MEN").
  const next = ctx.toks[k + 1]!;
  return shoutedNameWord(ctx, k + 1) && !isVictimHead(next) && !next.lower.endsWith('s');
}

/** A word lowered by the true-cased view that can go on a name: a noun or name word, not a word of a known class. */
/** Parts of speech of a noun an adjective would modify. */
const NOUN_POS = new Set(['NOUN', 'PROPN']);

export function shoutedNameWord(ctx: Ctx, k: number, continuing = false): boolean {
  const t = ctx.toks[k]!;
  // After a name word, a lowered surname the tagger read as an adjective goes on the name when no noun
  // follows it ("THE MURDER OF ORLANDO LETELIER IS …": "letelier" ADJ).
  const surname = continuing && t.pos === 'ADJ' && !NOUN_POS.has(ctx.toks[k + 1]?.pos ?? '');
  if (!isShouted(ctx, t) || (t.pos !== 'PROPN' && t.pos !== 'NOUN' && !surname) || ctx.dateMask[k] === 1) return false;
  const w = t.lower;
  // After a given name, a surname ending in -man is a name ("ERIKA SULEMAN", "ABDEL RAHMAN"): only a
  // listed head of people, not the -man ending, says otherwise.
  const person = continuing ? SINGULAR_HEADS.has(w) : isSingularHead(w);
  return !VICTIM_HEADS.has(w) && !person && !RELATIONAL_HEADS.has(w) && !TITLES.has(w) && !GROUP_NOUNS.has(w);
}

/** One past a run of name words from `k` (capitalised, with "al-"/"bin" links) and the number of words, or `null`. */
function readNameRun(ctx: Ctx, k: number, titled = false): { end: number; words: number } | null {
  const { toks } = ctx;
  let m = k;
  let words = 0;
  while (m < ctx.end && words < 5) {
    const t = toks[m]!;
    if (NAME_LINKS.has(t.lower) && isGluedHyphen(toks, m + 1)) {
      m += 2;
      continue;
    }
    if (
      NAME_LINKS.has(t.lower) &&
      m + 1 < ctx.end &&
      (isCapitalised(toks[m + 1]!) || shoutedNameWord(ctx, m + 1)) &&
      // ("y" only between surnames, after a given name and a surname: "Joaquin Lopez y Lopez")
      (t.lower === 'y' ? words >= 2 : words > 0)
    ) {
      m++;
      continue;
    }
    // Wire copy in capitals: a surname the true-cased view lowered goes on a name already begun.
    // A lowered given name the tagger read as an adjective opens one where a name is expected, before
    // a name word ("KILLING MARIA PULIDO, 42; PILAR PULIDO, 19": "pilar" ADJ).
    const capital =
      isCapitalised(t) ||
      ((words > 0 || titled) && shoutedNameWord(ctx, m, words > 0)) ||
      (words === 0 && titled && t.pos === 'ADJ' && shoutedAdjectiveName(ctx, m));
    if (t.shape !== 'word' || !capital || NAME_STOP_WORDS.has(t.lower) || ANCHORS.has(t.lower)) break;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && !verbInName(ctx, m, words > 0 || titled)) break;
    if (t.value.length > 1 && t.value === t.value.toUpperCase()) break; // acronyms are groups, not people
    words++;
    m++;
  }
  if (words === 0) return null;
  const next = toks[m];
  if (next !== undefined && m < ctx.end && (next.lower === "'s" || next.lower === '’s')) return null;
  return { end: m, words };
}

/**
 * Whether the token at `k` is the last word of a full name written elsewhere in the article
 * ("Barillas" after "Danilo Barillas"): a person named once in full is named by the surname
 * alone after. The article's surnames are read once, on the first single-word name a rule meets.
 */
export function knownSurname(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (t === undefined || k >= ctx.end || !(isCapitalised(t) || isShouted(ctx, t))) return false;
  // "Ahrar al-Sham": the tail of a hyphenated name is not a name of its own.
  if (k > 0 && isGluedHyphen(ctx.toks, k - 1)) return false;
  ctx.surnames ??= surnamesOf(ctx);
  // "… DRUG TRAFFICKERS" in capitals: a lowered plural of people is no surname, whatever run of name words it ended.
  return ctx.surnames.has(t.lower) && !(isShouted(ctx, t) && isPersonHead(t));
}

/** The last words of the runs of two or more name words in the article. */
function surnamesOf(ctx: Ctx): ReadonlySet<string> {
  const { toks } = ctx;
  const out = new Set<string>();
  const saved = [ctx.first, ctx.end] as const;
  ctx.first = 0;
  ctx.end = toks.length;
  try {
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      // Wire copy in capitals: a name the true-cased view lowered, after a title or a description's
      // head ("PARTY LEADER CECILIO RIVERA" → rivera), as readName reads it.
      // (Only a shouted word can be one: that two-character test first, the word lists after it.)
      const prev = k > 0 ? toks[k - 1]! : undefined;
      const described =
        prev !== undefined &&
        isShouted(ctx, t) &&
        (TITLES.has(prev.lower) || isSingularHead(prev.lower)) &&
        shoutedNameWord(ctx, k) &&
        !TITLES.has(t.lower);
      if (!described && (t.pos !== 'PROPN' || !isCapitalised(t) || TITLES.has(t.lower) || isCapitals(t.value)))
        continue;
      const run = readNameRun(ctx, k, described);
      if (run === null) continue;
      if (run.words >= 2 && toks[run.end - 1]!.sentence === t.sentence) out.add(toks[run.end - 1]!.lower);
      // A name of three words or more ends in two surnames, the first of which is used alone ("Carlos
      // Pizarro Leongomez" … "Pizarro's murder"; "Jose Rodriguez Porth" … "Rodriguez"), unless it is
      // a given name ("Oscar Arnulfo Romero").
      if (run.words >= 3 && toks[run.end - 1]!.sentence === t.sentence) {
        const mid = toks[run.end - 2]!;
        if (NAME_LINKS.has(mid.lower) === false && firstNameGender(mid.lower) === null) out.add(mid.lower);
      }
      k = run.end - 1;
    }
  } finally {
    [ctx.first, ctx.end] = saved;
  }
  return out;
}

/**
 * Whether a capitalised word the tagger read as a verb is a name word ("Hector" in "leader Hector
 * Oqueli", tagged VERB): an uninflected form, not the sentence's first word nor in a headline (where
 * verbs are capitalised), inside a name (`begun`) or before another capitalised name word.
 */
function verbInName(ctx: Ctx, m: number, begun: boolean): boolean {
  const { toks } = ctx;
  const t = toks[m]!;
  if (t.pos !== 'VERB' || t.lemma !== t.lower || m === ctx.first) return false;
  if (ctx.doc.zoneAt(t.start) === 'headline') return false;
  if (begun) return true;
  const next = toks[m + 1];
  if (next === undefined || m + 1 >= ctx.end) return false;
  return (next.pos === 'PROPN' && isCapitalised(next)) || shoutedNameWord(ctx, m + 1);
}

/** Whether lower-case words from `k` end in a plural or a group noun: the name before them is their modifier. */
function modifiesNoun(ctx: Ctx, k: number): boolean {
  for (let m = k; m < Math.min(ctx.end, k + 3); m++) {
    const t = ctx.toks[m]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || isCapitalised(t) || ctx.dateMask[m] === 1) return false;
    if (NAME_STOP_WORDS.has(t.lower) || (t.pos === 'NOUN' && /[^s]s$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * Reads a person's name at `i`, with ranks and honorifics ("Maj Gen Hassan
 * Daeboul", "Colonel Ali Hamdan"). A bare name needs two words unless
 * `single` (an age apposition shows a person: "Tamerlan, 26,").
 */
export function readName(ctx: Ctx, i: number, single = false, listed = false): Phrase | null {
  const { toks } = ctx;
  if (i < ctx.first || i >= ctx.end) return null;
  let k = i;
  let titles = 0;
  while (k < ctx.end && titles < 4) {
    const t = toks[k]!;
    if (!TITLES.has(t.lower) || !(isCapitalised(t) || isShouted(ctx, t))) break;
    k++;
    titles++;
    if (toks[k]?.value === '.' && !toks[k]!.spaceBefore) k++;
  }
  // "Senator and presidential candidate Luis Galan": a title coordinated with a description before the name.
  if (titles > 0 && toks[k]?.lower === 'and') {
    const after = nameAfterCoordinatedTitle(ctx, k + 1);
    if (after > 0) {
      k = after;
      titles++;
    }
  }
  const nameStart = k;
  // In capitals, a lowered given name after a description's head ("LABOR LEADER FEBE …") starts the name too.
  const prev = k > ctx.first ? toks[k - 1]! : undefined;
  // So does one in a list of names (`listed`: "IGNACIO ELLACURIA, SEGUNDO MONTES").
  // …and so does a surname the article gave in full before ("CARLOS PIZARRO LEONGOMEZ" … "PIZARRO'S MURDER").
  const described =
    titles === 0 &&
    isShouted(ctx, toks[k]!) &&
    ((prev !== undefined && (listed || isSingularHead(prev.lower) || TITLES.has(prev.lower))) || knownSurname(ctx, k));
  const run = readNameRun(ctx, k, titles > 0 || described);
  if (run === null) return null;
  const { end, words } = run;
  if (titles === 0 && words < 2 && !single && !knownSurname(ctx, nameStart)) return null;
  // "Family Members", "Syria Rebels": title-case common nouns, not a name.
  for (let m = nameStart; m < end; m++) {
    const w = toks[m]!.lower;
    if (VICTIM_HEADS.has(w) && /(?:s|men|people|children)$/.test(w)) return null;
  }
  const next = toks[end];
  if (next !== undefined && end < ctx.end) {
    // "…, the Observatory said": a source; "Filaq al-Rahman terrorist groups": a modifier;
    // "Syrian Democratic Forces": a name cut short by an organisation word.
    if (SOURCE_VERBS.has(next.lower)) return null;
    if (modifiesNoun(ctx, end)) return null;
    if (isCapitalised(next) && NAME_STOP_WORDS.has(next.lower)) return null;
  }
  return {
    first: i,
    end,
    victimsEnd: end,
    key: nameStart,
    min: 1,
    max: 1,
    approximate: false,
    victims: textOf(ctx, i, end),
    head: end - 1,
    kind: 'named',
  };
}

/**
 * Where the name starts after "and" in "Senator and (Liberal Party) presidential candidate X": one past
 * the last title or singular head of people within a few words from `k`, when a name of two words
 * or more follows it; else -1.
 */
function nameAfterCoordinatedTitle(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  let head = -1;
  for (let m = k; m < ctx.end && m - k < 7; m++) {
    const t = toks[m]!;
    if (TITLES.has(t.lower) || isSingularHead(t.lower)) head = m;
    else if (head >= 0 && (isCapitalised(t) || isShouted(ctx, t))) break;
    else if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return -1;
  }
  if (head < 0) return -1;
  const run = readNameRun(ctx, head + 1, true);
  return run !== null && run.words >= 2 ? head + 1 : -1;
}

/**
 * The victim words at `j` without a count ("civilians", "pro-government
 * fighters"), for subsets written "258 of them civilians".
 */
export function victimsAfter(ctx: Ctx, j: number): { victims: string; end: number } | null {
  if (j >= ctx.end) return null;
  const run = readVictimRun(ctx, j);
  if (typeof run !== 'object' || PRONOUN_HEADS.has(ctx.toks[run.head]!.lower)) return null;
  const end = victimPhraseEnd(ctx, run.head);
  return { victims: victimsText(ctx, run.first, end), end };
}
