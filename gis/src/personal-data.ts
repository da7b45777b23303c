import { badUserInput } from './errors.js';

/**
 * Free text must hold no personal data. This finds the kinds that can be recognised reliably
 * by shape: Swedish personal identity numbers, e-mail addresses and Swedish phone numbers.
 * Names, addresses and descriptions of people cannot be found this way; they are a matter
 * of instructions to the people who write.
 *
 * Every detector reads the text in one pass (digits are scanned by hand, not by patterns that
 * can backtrack over runs of digits and separators): free text arrives from imports before any
 * other check, and a check that is slower than linear lets one crafted field stall the process.
 */
export type PersonalDataKind = 'personal_identity_number' | 'email' | 'phone_number';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
  index: number;
}

/** The longest field assertNoPersonalData reads; every caller's own limit is far below it. */
export const PERSONAL_DATA_MAX_LENGTH = 20_000;

interface Candidate {
  match: string;
  index: number;
}

interface Detector {
  kind: PersonalDataKind;
  /** `shapes` are the text's identity-number shapes, read once for both detectors that use them. */
  find: (text: string, shapes: readonly IdentityCandidate[]) => Candidate[];
}

interface Span {
  start: number;
  end: number;
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i); // NaN past the end
  return code >= 48 && code <= 57;
}

/** Every maximal run of ASCII digits, in order. */
function digitGroups(text: string): Span[] {
  const groups: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitAt(text, i)) continue;
    const start = i;
    while (isDigitAt(text, i + 1)) i++;
    groups.push({ start, end: i + 1 });
  }
  return groups;
}

// --- Personal identity numbers (personnummer, samordningsnummer) ---------------------------

interface IdentityCandidate extends Candidate {
  /** YYMMDD or YYYYMMDD. */
  date: string;
  serial: string;
  separated: boolean;
  /** Only a space between date and serial: also how a date and a time stand side by side. */
  spaced: boolean;
}

const CENTURIES = new Set(['18', '19', '20']);
const DATE_SERIAL_MARKS = new Set(['-', '+', '\u2013', '\u2212']);
const SPACE_CHARACTERS = new Set([' ', '\u00A0', '\u202F']);

/** Day of month, or day + 60 for a samordningsnummer. */
function isPlausibleDay(day: number): boolean {
  return (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
}

/** Luhn check digit over the nine digits YYMMDDNNN. */
function luhnCheckDigit(digits: string): number {
  const sum = [...digits].reduce((total, digit, i) => {
    const product = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

// The date is what tells an identity number from most ten-digit references; an organisation
// number (month + 20 or more) fails it. The check digit is not required: a mistyped or made-up
// number next to a real person's details is still theirs, and shown to everyone who reads it.
function hasIdentityDate(date: string): boolean {
  const short = date.slice(-6);
  const month = Number(short.slice(2, 4));
  return (
    (date.length === 6 || CENTURIES.has(date.slice(0, 2))) &&
    month >= 1 &&
    month <= 12 &&
    isPlausibleDay(Number(short.slice(4, 6)))
  );
}

function hasValidCheckDigit({ date, serial }: IdentityCandidate): boolean {
  return luhnCheckDigit(date.slice(-6) + serial.slice(0, 3)) === Number(serial[3]);
}

/**
 * Where the serial would start after a date ending at `end`: past a '-', '+' (aged 100 or more),
 * a dash or minus sign a word processor made of the hyphen, or a space, each with a space on
 * either side at most ("811218-9876", "811218 9876", "811218 - 9876"). -1 when nothing separates.
 */
function serialStart(text: string, end: number): number {
  let i = end;
  if (SPACE_CHARACTERS.has(text[i] ?? '')) i++;
  if (DATE_SERIAL_MARKS.has(text[i] ?? '')) {
    i++;
    if (SPACE_CHARACTERS.has(text[i] ?? '')) i++;
  }
  return i === end ? -1 : i;
}

// The groups are maximal, so a candidate is never a piece of some longer number.
function identityShapeAt(text: string, groups: readonly Span[], i: number): IdentityCandidate | undefined {
  const { start, end } = groups[i]!;
  const length = end - start;
  if (length === 10 || length === 12) {
    const match = text.slice(start, end);
    return { match, index: start, date: match.slice(0, -4), serial: match.slice(-4), separated: false, spaced: false };
  }
  const next = groups[i + 1];
  const separated = next !== undefined && next.start === serialStart(text, end) && next.end - next.start === 4;
  if (!separated || (length !== 6 && length !== 8)) return undefined;
  const serial = text.slice(next.start, next.end);
  const spaced = ![...text.slice(end, next.start)].some((c) => DATE_SERIAL_MARKS.has(c));
  return { match: text.slice(start, next.end), index: start, date: text.slice(start, end), serial, separated, spaced };
}

function findIdentityShapes(text: string): IdentityCandidate[] {
  const groups = digitGroups(text);
  const found: IdentityCandidate[] = [];
  for (let i = 0; i < groups.length; i++) {
    const candidate = identityShapeAt(text, groups, i);
    // "20261120 2130" is a date and a time: a space alone separates an identity number only when its check digit holds.
    if (candidate && hasIdentityDate(candidate.date) && (!candidate.spaced || hasValidCheckDigit(candidate))) found.push(candidate);
  }
  return found;
}

// A bare ten-digit run with a wrong check digit is as often a mobile number (0701234567 reads as
// 2007-01-23) as a mistyped identity number: e-mail and phone numbers may claim it first, and
// whatever is left is refused as an identity number all the same.
function isUnmistakable(candidate: IdentityCandidate): boolean {
  return candidate.separated || candidate.date.length === 8 || hasValidCheckDigit(candidate);
}

const asCandidate = ({ match, index }: IdentityCandidate): Candidate => ({ match, index });

function findUnmistakableIdentityNumbers(_text: string, shapes: readonly IdentityCandidate[]): Candidate[] {
  return shapes.filter(isUnmistakable).map(asCandidate);
}

function findOtherIdentityNumbers(_text: string, shapes: readonly IdentityCandidate[]): Candidate[] {
  return shapes.filter((c) => !isUnmistakable(c)).map(asCandidate);
}

// --- E-mail addresses ------------------------------------------------------------------

// Letters in any script (åäö occur in Swedish domains). Bounded lengths keep the search linear:
// each '@' is tried from at most 64 starts, and labels cannot run into each other over '.'.
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const EMAIL = new RegExp(
  String.raw`[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}@(?:${DOMAIN_LABEL}\.)+\p{L}{2,63}`,
  'giu',
);

function findEmails(text: string): Candidate[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ match: m[0], index: m.index }));
}

// --- Swedish phone numbers -------------------------------------------------------------

// A phone number starts with the trunk 0, with +46/0046, or with an area code in parentheses.
// A start right after a letter, digit, '_', '-', '+', '.', ',' or '/' continues something else:
// a date (2024-05-01), a case number (5000-2024-1234), a decimal (15.0621). A bare 0 after
// "digit + space" continues a number written in groups of thousands (12 050 000 kr).
// These sticky patterns look at one or two characters before a position, nothing more.
const FREE_BEFORE = /(?<![\p{L}\p{N}_+\-.,/])/uy;
const GROUPED_BEFORE = /(?<=\d[ \u00A0])/uy;
const SPACES = new Set([' ', '\u00A0']);
const NUMBER_FIRST_CHARACTERS = new Set(['+', '0', '(']);
const HEAD_SEPARATORS = new Set([' ', '\u00A0', '-']);

function holdsAt(pattern: RegExp, text: string, i: number): boolean {
  pattern.lastIndex = i;
  return pattern.test(text);
}

/** `[i]`, or `[i + 1, i]` when an optional separator stands at i: the longer is tried first. */
function afterOptionalSeparator(text: string, i: number): number[] {
  return HEAD_SEPARATORS.has(text[i] ?? '') ? [i + 1, i] : [i];
}

/** After +46 or 0046: an optional separator, an optional "(0)" and separator, then a digit. */
function afterCountryCode(text: string, i: number): number | undefined {
  for (const j of afterOptionalSeparator(text, i)) {
    const zero = text.startsWith('(0)', j) ? afterOptionalSeparator(text, j + 3).find((k) => isDigitAt(text, k)) : undefined;
    if (zero !== undefined) return zero;
    if (isDigitAt(text, j)) return j;
  }
  return undefined;
}

/** After "(0" + one to three digits + ")" and an optional separator: a digit. */
function afterAreaCode(text: string, i: number): number | undefined {
  let digits = 0;
  while (digits < 3 && isDigitAt(text, i + 2 + digits)) digits++;
  const close = i + 2 + digits;
  if (digits === 0 || text[close] !== ')') return undefined;
  return afterOptionalSeparator(text, close + 1).find((k) => isDigitAt(text, k));
}

/** Where the digits of a number starting at `i` begin, or undefined if none can start there. */
function numberDigitsAt(text: string, i: number): number | undefined {
  if (!NUMBER_FIRST_CHARACTERS.has(text[i]!) || !holdsAt(FREE_BEFORE, text, i)) return undefined;
  const country = text.startsWith('+46', i) ? i + 3 : text.startsWith('0046', i) ? i + 4 : undefined;
  const afterCountry = country === undefined ? undefined : afterCountryCode(text, country);
  if (afterCountry !== undefined) return afterCountry;
  if (text.startsWith('(0', i)) return afterAreaCode(text, i);
  return text[i] === '0' && !holdsAt(GROUPED_BEFORE, text, i) ? i : undefined;
}

/** The end of the digits from `i`, joined by single '-' or spaces: "070-123 45 67". */
function endOfDigitRun(text: string, i: number): number {
  let end = i;
  while (isDigitAt(text, end) || ((text[end] === '-' || SPACES.has(text[end] ?? '')) && isDigitAt(text, end + 1))) end++;
  return end;
}

/** A space-separated piece of a run, and the digits it holds. */
interface Chunk extends Span {
  digits: string;
}

const NON_DIGITS = /\D/g;

/** The chunks of [start, end). */
function chunksOf(text: string, start: number, end: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = start; i < end; i++) {
    if (SPACES.has(text[i]!)) continue;
    const chunkStart = i;
    while (i < end && !SPACES.has(text[i]!)) i++;
    chunks.push({ start: chunkStart, end: i, digits: text.slice(chunkStart, i).replace(NON_DIGITS, '') });
  }
  return chunks;
}

const STARTS_NUMBER = ['+46', '0046', '(0', '0'];
// "00460" and nine digits: no number has more, so no longer candidate need be read.
const MAX_PHONE_DIGITS = 14;

/** The digits after 0046, +46 or the trunk 0; "+46 (0)70" and "+46 070" drop the 0 as well. */
function nationalNumber(digits: string): string {
  const country = digits.startsWith('0046') ? 4 : digits.startsWith('46') ? 2 : 0;
  if (country > 0) return digits.slice(digits[country] === '0' ? country + 1 : country);
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

// The national significant number has 7–9 digits and does not start with 0; a run with more
// digits is some other identifier.
function isPhoneNumber(digits: string): boolean {
  const national = nationalNumber(digits);
  return national.length >= 7 && national.length <= 9 && national[0] !== '0';
}

/** The longest run of chunks from `first` that is one phone number, and the chunk after it. */
function phoneNumberAt(text: string, chunks: readonly Chunk[], first: number): { candidate: Candidate; next: number } | undefined {
  const head = chunks[first]!;
  if (!STARTS_NUMBER.some((prefix) => text.startsWith(prefix, head.start))) return undefined;
  let digits = '';
  const lengths: number[] = []; // digits.length after each chunk
  for (let i = first; i < chunks.length && digits.length + chunks[i]!.digits.length <= MAX_PHONE_DIGITS; i++) {
    digits += chunks[i]!.digits;
    lengths.push(digits.length);
  }
  for (let taken = lengths.length; taken > 0; taken--) {
    if (!isPhoneNumber(digits.slice(0, lengths[taken - 1]))) continue;
    const match = text.slice(head.start, chunks[first + taken - 1]!.end);
    return { candidate: { match, index: head.start }, next: first + taken };
  }
  return undefined;
}

// Spaces are both separators inside a number and gaps between numbers ("070-123 45 67 12
// gånger", two numbers in a row), so a run is split greedily into the longest valid numbers.
function splitRun(text: string, start: number, end: number): Candidate[] {
  const chunks = chunksOf(text, start, end);
  const found: Candidate[] = [];
  for (let i = 0; i < chunks.length; ) {
    const phone = phoneNumberAt(text, chunks, i);
    if (phone) found.push(phone.candidate);
    i = phone ? phone.next : i + 1;
  }
  return found;
}

function findPhoneNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; ) {
    const digits = numberDigitsAt(text, i);
    if (digits === undefined) {
      i++;
      continue;
    }
    const end = endOfDigitRun(text, digits);
    for (const phone of splitRun(text, i, end)) found.push(phone); // a spread of a long run's numbers could overflow the stack
    i = end;
  }
  return found;
}

// --- Together ----------------------------------------------------------------------------

/** In priority order: where findings overlap (050101-1234 is also shaped like a phone number), the first kind wins. */
const DETECTORS: readonly Detector[] = [
  { kind: 'personal_identity_number', find: findUnmistakableIdentityNumbers },
  { kind: 'email', find: findEmails },
  { kind: 'phone_number', find: findPhoneNumbers },
  { kind: 'personal_identity_number', find: findOtherIdentityNumbers },
];

const DESCRIPTIONS: Record<PersonalDataKind, string> = {
  personal_identity_number: 'a Swedish personal identity number (personnummer or samordningsnummer)',
  email: 'an e-mail address',
  phone_number: 'a phone number',
};

const endOf = (c: Candidate) => c.index + c.match.length;

/**
 * The candidates (in order of position) that overlap none of the findings so far (in order of
 * position, none overlapping another): one walk through both, so many findings stay cheap.
 */
function notOverlapping(candidates: readonly Candidate[], findings: readonly PersonalDataFinding[]): Candidate[] {
  let j = 0;
  return candidates.filter((c) => {
    while (j < findings.length && endOf(findings[j]!) <= c.index) j++;
    const next = findings[j];
    return next === undefined || next.index >= endOf(c);
  });
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.index - b.index;
}

/** Every piece of personal data found in `text`, in order of position. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const shapes = findIdentityShapes(text);
  let findings: PersonalDataFinding[] = [];
  for (const { kind, find } of DETECTORS) {
    const fresh = notOverlapping(find(text, shapes), findings).map((c) => ({ kind, match: c.match, index: c.index }));
    findings = findings.concat(fresh).sort(byPosition);
  }
  return findings;
}

/**
 * Refuses free-text fields that contain personal data, naming the first field and the kind
 * found (never the value: that is the personal data). Null and undefined fields are skipped.
 * A field longer than PERSONAL_DATA_MAX_LENGTH is refused before any field is read.
 * Call it before writing anything.
 */
export function assertNoPersonalData(fields: Record<string, string | null | undefined>): void {
  const entries = Object.entries(fields);
  for (const [field, text] of entries) {
    if (text != null && text.length > PERSONAL_DATA_MAX_LENGTH) {
      throw badUserInput(`${field} must be at most ${PERSONAL_DATA_MAX_LENGTH.toLocaleString('en')} characters to be checked for personal data.`, {
        field,
        reason: 'too_long',
        max: PERSONAL_DATA_MAX_LENGTH,
      });
    }
  }
  for (const [field, text] of entries) {
    const finding = text == null ? undefined : findPersonalData(text)[0];
    if (finding) {
      throw badUserInput(
        `${field} contains what looks like ${DESCRIPTIONS[finding.kind]}. Personal data must not be stored here: remove it.`,
        { field, reason: finding.kind },
      );
    }
  }
}
