import { badUserInput } from './errors.js';

/**
 * Free text must hold no personal data. This finds the kinds that can be recognised reliably
 * by shape: Swedish personal identity numbers, e-mail addresses and Swedish phone numbers.
 * Names, addresses and descriptions of people cannot be found this way; they are a matter
 * of instructions to the people who write.
 */
export type PersonalDataKind = 'personal_identity_number' | 'email' | 'phone_number';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
  index: number;
}

interface Candidate {
  match: string;
  index: number;
}

interface Detector {
  kind: PersonalDataKind;
  find: (text: string) => Candidate[];
}

// --- Personal identity numbers (personnummer, samordningsnummer) ---------------------------

// Only '-', '+' (aged 100 or more) or nothing between date and serial: that is how the numbers
// are written. Digits on either side mean the candidate is a piece of some longer number.
const IDENTITY_NUMBER_SHAPE = /(?<!\d)(\d{8}|\d{6})[-+]?(\d{4})(?!\d)/g;
const CENTURIES = new Set(['18', '19', '20']);

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

// The check digit and the date are what tell an identity number from a ten-digit case or
// order reference; an organisation number (month + 20 or more) fails the date.
function isIdentityNumber(date: string, serial: string): boolean {
  const short = date.slice(-6);
  const month = Number(short.slice(2, 4));
  return (
    (date.length === 6 || CENTURIES.has(date.slice(0, 2))) &&
    month >= 1 &&
    month <= 12 &&
    isPlausibleDay(Number(short.slice(4, 6))) &&
    luhnCheckDigit(short + serial.slice(0, 3)) === Number(serial[3])
  );
}

function findIdentityNumbers(text: string): Candidate[] {
  return [...text.matchAll(IDENTITY_NUMBER_SHAPE)]
    .filter(([, date = '', serial = '']) => isIdentityNumber(date, serial))
    .map((m) => ({ match: m[0], index: m.index }));
}

// --- E-mail addresses ------------------------------------------------------------------

// Letters in any script (åäö occur in Swedish domains). Bounded lengths keep the search linear.
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
// A 0 right after a letter, digit, '-', '+', '.', ',' or '/' continues something else: a date
// (2024-05-01), a case number (5000-2024-1234), a decimal (15.0621). A bare 0 after "digit +
// space" continues a number written in groups of thousands (12 050 000 kr).
// Digits joined by '-' are one token that is never split; tokens are joined by single spaces.
const SPACE = '[ \\u00A0]';
const TOKEN = String.raw`\d+(?:-\d+)*`;
const HEAD = String.raw`(?:\+|00)46[ \u00A0-]?(?:\(0\)[ \u00A0-]?)?|\(0\d{1,3}\)[ \u00A0-]?|(?<!\d${SPACE})(?=0)`;
const PHONE_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}_+\-.,/])(?:${HEAD})${TOKEN}(?:${SPACE}${TOKEN})*`, 'gu');
const CHUNK = /[^ \u00A0]+/g;
const STARTS_NUMBER = /^(?:\+46|0046|\(0|0)/;
// The national significant number (after 0 or +46) has 7–9 digits and does not start with 0;
// a run with more digits is some other identifier. "+46 (0)70" and "+46 070" drop the 0.
const TRUNK_OR_COUNTRY = /^(?:00)?460?|^0/;
const NATIONAL_NUMBER = /^[1-9]\d{6,8}$/;

function isPhoneNumber(candidate: string): boolean {
  return NATIONAL_NUMBER.test(candidate.replace(/\D/g, '').replace(TRUNK_OR_COUNTRY, ''));
}

/** The longest run of space-separated chunks from `start` that is one phone number. */
function phoneNumberAt(run: string, chunks: Candidate[], start: number): { candidate: Candidate; next: number } | undefined {
  const first = chunks[start];
  if (!first || !STARTS_NUMBER.test(first.match)) return undefined;
  for (let end = chunks.length; end > start; end--) {
    const last = chunks[end - 1]!;
    const match = run.slice(first.index, last.index + last.match.length);
    if (isPhoneNumber(match)) return { candidate: { match, index: first.index }, next: end };
  }
  return undefined;
}

// Spaces are both separators inside a number and gaps between numbers ("070-123 45 67 12
// gånger", two numbers in a row), so a run is split greedily into the longest valid numbers.
function splitRun(run: string, offset: number): Candidate[] {
  const chunks = [...run.matchAll(CHUNK)].map((m) => ({ match: m[0], index: m.index }));
  const found: Candidate[] = [];
  for (let i = 0; i < chunks.length; ) {
    const phone = phoneNumberAt(run, chunks, i);
    if (phone) found.push({ match: phone.candidate.match, index: offset + phone.candidate.index });
    i = phone ? phone.next : i + 1;
  }
  return found;
}

function findPhoneNumbers(text: string): Candidate[] {
  return [...text.matchAll(PHONE_RUN)].flatMap((m) => splitRun(m[0], m.index));
}

// --- Together ----------------------------------------------------------------------------

/** In priority order: where findings overlap (050101-1234 is also shaped like a phone number), the first kind wins. */
const DETECTORS: readonly Detector[] = [
  { kind: 'personal_identity_number', find: findIdentityNumbers },
  { kind: 'email', find: findEmails },
  { kind: 'phone_number', find: findPhoneNumbers },
];

const DESCRIPTIONS: Record<PersonalDataKind, string> = {
  personal_identity_number: 'a Swedish personal identity number (personnummer or samordningsnummer)',
  email: 'an e-mail address',
  phone_number: 'a phone number',
};

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.index < b.index + b.match.length && b.index < a.index + a.match.length;
}

/** Every piece of personal data found in `text`, in order of position. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const { kind, find } of DETECTORS) {
    const fresh = find(text).filter((c) => !findings.some((f) => overlaps(f, c)));
    findings.push(...fresh.map((c) => ({ kind, match: c.match, index: c.index })));
  }
  return findings.sort((a, b) => a.index - b.index);
}

/**
 * Refuses free-text fields that contain personal data, naming the first field and the kind
 * found (never the value: that is the personal data). Null and undefined fields are skipped.
 * Call it before writing anything.
 */
export function assertNoPersonalData(fields: Record<string, string | null | undefined>): void {
  for (const [field, text] of Object.entries(fields)) {
    const finding = text == null ? undefined : findPersonalData(text)[0];
    if (finding) {
      throw badUserInput(
        `${field} contains what looks like ${DESCRIPTIONS[finding.kind]}. Personal data must not be stored here: remove it.`,
        { field, reason: finding.kind },
      );
    }
  }
}
