/**
 * Tags of HTML pages and article markup. Plain news text never holds them
 * (a `<p>` or `<div>` in prose is vanishingly rare), a page holds hundreds.
 */
const TAG =
  /<\/?(?:!doctype|html|head|body|div|span|p|a|br|script|style|meta|link|ul|ol|li|h[1-6]|article|section|header|footer|nav|img|table|tr|td|figure|iframe|noscript)\b[^<>]{0,300}>/gi;
/** Tags in the first {@link SCAN} characters that make a text markup. */
const MIN_TAGS = 4;
const SCAN = 20_000;

/**
 * Whether `text` is an HTML page or HTML markup rather than plain text: a
 * document type or `<html>` first, or at least four HTML tags in its first
 * 20 000 characters.
 *
 * @example
 * ```ts
 * looksLikeHtml('<!DOCTYPE html><html><head><title>Car bomb</title>'); // true
 * looksLikeHtml('Rebels said the x < y rule <b>held</b>.'); // false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  // Every test below needs a "<" in the head: plain text (nearly every input) is answered by one scan.
  const lt = text.indexOf('<');
  if (lt < 0 || lt >= SCAN) return false;
  const head = text.slice(0, SCAN);
  const start = head.trimStart().slice(0, 15).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return true;
  let n = 0;
  TAG.lastIndex = 0;
  while (TAG.exec(head) !== null) if (++n >= MIN_TAGS) return true;
  return false;
}

/**
 * The longest text {@link extract} and {@link parse} accept, in UTF-16 code
 * units (`text.length`): 10 000 000, about 10 MB of English. Reading holds
 * about 100 bytes per character at its peak (wink-nlp's token arrays, our
 * tokens and sentences), so a text of a few tens of MB would exhaust the
 * default heap and abort the process, which no caller can catch. Split longer
 * input (a feed, an archive) into its articles; the benchmarks measure
 * extract() linear up to this size.
 *
 * @example
 * ```ts
 * import { MAX_INPUT_LENGTH, extract } from 'newsfacts';
 * if (text.length <= MAX_INPUT_LENGTH) extract(text);
 * ```
 */
export const MAX_INPUT_LENGTH = 10_000_000;

/**
 * Checks the text given to {@link extract} or {@link parse}: a string, no
 * longer than {@link MAX_INPUT_LENGTH}, and not an HTML page.
 *
 * @throws TypeError when `text` is not a string, or is HTML markup
 * @throws RangeError when `text` is longer than {@link MAX_INPUT_LENGTH}
 */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`newsfacts: \`text\` must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (text.length > MAX_INPUT_LENGTH) {
    throw new RangeError(
      `newsfacts: \`text\` is ${text.length.toLocaleString('en-US')} characters long, above the maximum of ${MAX_INPUT_LENGTH.toLocaleString('en-US')} (MAX_INPUT_LENGTH): split it into articles`,
    );
  }
  if (looksLikeHtml(text)) {
    throw new TypeError(
      "newsfacts: `text` is HTML markup, not plain text: pass the article's text, or call extractHtml() from 'newsfacts/html' to read the article out of the page",
    );
  }
}

/** `typeof`, with `null` and arrays told apart, for error messages. */
function kindOf(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x;
}

/**
 * Checks that `doc`, the first argument of `fn`, is a Document as
 * {@link parse} returns it.
 *
 * @throws TypeError naming the function and the argument otherwise
 */
export function checkDocument(doc: unknown, fn: string): void {
  const d = doc as { tokens?: unknown; sentences?: unknown; layer?: unknown } | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    !Array.isArray(d.tokens) ||
    !Array.isArray(d.sentences) ||
    typeof d.layer !== 'function'
  ) {
    throw new TypeError(`newsfacts: ${fn}(doc): \`doc\` must be the Document parse() returns, got ${kindOf(doc)}`);
  }
}

/**
 * Checks that argument `name` of `fn` is an array (`what` describes its items).
 *
 * @throws TypeError naming the function and the argument otherwise
 */
export function checkArray(value: unknown, fn: string, name: string, what: string): void {
  if (!Array.isArray(value)) {
    throw new TypeError(`newsfacts: ${fn}: \`${name}\` must be an array of ${what}, got ${kindOf(value)}`);
  }
}

/**
 * Checks that argument `name` of `fn` is a plain object (not null, not an array).
 *
 * @throws TypeError naming the function and the argument otherwise
 */
export function checkObject(value: unknown, fn: string, name: string, what: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`newsfacts: ${fn}: \`${name}\` must be ${what}, got ${kindOf(value)}`);
  }
}
