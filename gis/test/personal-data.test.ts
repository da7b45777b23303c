import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertNoPersonalData, findPersonalData, PERSONAL_DATA_MAX_LENGTH, type PersonalDataKind } from '../src/personal-data.js';

// Written independently of the implementation: double every second digit from the right,
// starting with the rightmost of the nine.
function luhn(nine: string): string {
  const digits = nine.split('').map(Number).reverse();
  const sum = digits
    .map((d, i) => (i % 2 === 0 ? d * 2 : d))
    .map((d) => (d > 9 ? d - 9 : d))
    .reduce((a, b) => a + b, 0);
  return String((10 - (sum % 10)) % 10);
}

/** A ten-digit YYMMDDNNNC with a correct check digit, whether or not the date is possible. */
function withCheckDigit(yymmdd: string, nnn: string): string {
  return `${yymmdd}${nnn}${luhn(yymmdd + nnn)}`;
}

/** The same number with a wrong check digit. */
function withWrongCheckDigit(yymmdd: string, nnn: string): string {
  return `${yymmdd}${nnn}${(Number(luhn(yymmdd + nnn)) + 1) % 10}`;
}

const dash = (ten: string) => `${ten.slice(0, 6)}-${ten.slice(6)}`;

function kinds(text: string): PersonalDataKind[] {
  return findPersonalData(text).map((f) => f.kind);
}

function refusal(fields: Record<string, string | null | undefined>): GraphQLError {
  try {
    assertNoPersonalData(fields);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected the fields to be refused');
}

describe('the test helper', () => {
  it.each(['121212-1212', '19121212-1212', '20121212+1212', '191212121212'])(
    'agrees that Skatteverket test number %s has a valid check digit',
    (pnr) => {
      const ten = pnr.replace(/\D/g, '').slice(-10);
      expect(luhn(ten.slice(0, 9))).toBe(ten[9]);
    },
  );
});

describe('findPersonalData: personal identity numbers', () => {
  const coordination = withCheckDigit('121272', '123'); // day 12 + 60
  const born2005 = withCheckDigit('050101', '238');
  const centenarian = withCheckDigit('200229', '456');

  it.each([
    ['19121212-1212', '19121212-1212'],
    ['121212-1212', '121212-1212'],
    ['1212121212', '1212121212'],
    ['191212121212', '191212121212'],
    ['20121212+1212', '20121212+1212'],
    ['121212+1212', '121212+1212'],
    ['Anmälan från 19121212-1212 om skadegörelse', '19121212-1212'],
    ['Personen (121212-1212) sågs vid Ryds centrum.', '121212-1212'],
    ['Pnr:121212-1212', '121212-1212'],
    ['Uppgav personnummer 1212121212.', '1212121212'],
    [`samordningsnummer ${dash(coordination)} i anmälan`, dash(coordination)],
    [`samordningsnummer 19${coordination}`, `19${coordination}`],
    [`född 2005: ${dash(born2005)}`, dash(born2005)],
    [`född 2005: ${born2005}`, born2005],
    [`över hundra år: ${centenarian.slice(0, 6)}+${centenarian.slice(6)}`, `${centenarian.slice(0, 6)}+${centenarian.slice(6)}`],
    [`${dash(born2005)}/e-post`, dash(born2005)],
  ])('finds it in %j', (text, match) => {
    expect(findPersonalData(text)).toEqual([
      { kind: 'personal_identity_number', match, index: text.indexOf(match) },
    ]);
  });

  it('finds constructed numbers for every month, many days and both separators and forms', () => {
    const numbers: string[] = [];
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 15, 28, 31, 61, 75, 91]) {
        const date = `85${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
        const ten = withCheckDigit(date, String(100 + month * 7 + day).slice(-3));
        numbers.push(ten, dash(ten), `${ten.slice(0, 6)}+${ten.slice(6)}`, `19${ten}`, `19${dash(ten)}`);
      }
    }
    for (const pnr of numbers) {
      expect(findPersonalData(`Anmälan: ${pnr}, se bilaga`), pnr).toEqual([
        { kind: 'personal_identity_number', match: pnr, index: 9 },
      ]);
    }
  });

  // How people write the numbers besides the dash: a space (issue 26), a dash a word processor
  // made of the hyphen, spaces around the dash, a no-break space, and a samordningsnummer so.
  it.each([
    ['811218 9876'],
    ['19811218 9876'],
    ['811218 - 9876'],
    ['811218 –9876'],
    ['811218\u2013 9876'],
    ['811218\u00A09876'],
    ['19811218 + 9876'],
    [`${withCheckDigit('811278', '987').slice(0, 6)} ${withCheckDigit('811278', '987').slice(6)}`],
  ])('finds a number written %j', (match) => {
    const text = `Anmälare ${match} hördes`;
    expect(findPersonalData(text)).toEqual([{ kind: 'personal_identity_number', match, index: 9 }]);
  });

  // A mistyped or made-up number is refused like a real one: it is still shaped like someone's.
  it.each([
    ['19800101-1234', '19800101-1234'],
    ['800101-1234', '800101-1234'],
    ['800101+1234', '800101+1234'],
    ['8001011234', '8001011234'],
    ['198001011234', '198001011234'],
    ['samordningsnummer 800161-1234', '800161-1234'],
    ['samordningsnummer 8001611234', '8001611234'],
    ['Anmälare 19800101-1234 hördes', '19800101-1234'],
    [`ärende ${withWrongCheckDigit('121212', '121')}`, withWrongCheckDigit('121212', '121')],
    [`ärende ${dash(withWrongCheckDigit('121212', '121'))}`, dash(withWrongCheckDigit('121212', '121'))],
    [`ärende 19${withWrongCheckDigit('121212', '121')}`, `19${withWrongCheckDigit('121212', '121')}`],
    ['ärende 1212121213 (shaped like a number of someone born 2012-12-12)', '1212121213'],
  ])('finds it whatever the check digit: %j', (text, match) => {
    const ten = match.replace(/\D/g, '').slice(-10);
    expect(luhn(ten.slice(0, 9)), 'the example must have a wrong check digit').not.toBe(ten[9]);
    expect(findPersonalData(text)).toEqual([{ kind: 'personal_identity_number', match, index: text.indexOf(match) }]);
    expect(refusal({ description: text }).extensions).toMatchObject({ field: 'description', reason: 'personal_identity_number' });
  });

  // 0701234567 reads as 2007-01-23 with a wrong check digit: written bare, a phone number may claim it.
  it('leaves a bare ten-digit number with a wrong check digit to a phone number that covers it', () => {
    expect(findPersonalData('ring 0701234567')).toEqual([{ kind: 'phone_number', match: '0701234567', index: 5 }]);
  });

  it.each([
    ['month 13, day 99', withCheckDigit('991399', '123')],
    ['month 13 with dash', dash(withCheckDigit('991301', '123'))],
    ['month 00', withCheckDigit('990001', '123')],
    ['day 00', withCheckDigit('990100', '123')],
    ['day 32', withCheckDigit('990132', '123')],
    ['day 60 (one before samordningsnummer)', withCheckDigit('990160', '123')],
    ['day 92 (past samordningsnummer)', withCheckDigit('990192', '123')],
    ['an organisation number (month + 20)', dash(withCheckDigit('556036', '079'))],
    ['the municipality’s organisation number', dash(withCheckDigit('212000', '262'))],
    ['a twelve-digit form from an impossible century', `17${dash(withCheckDigit('121212', '121'))}`],
    ['a valid number inside 13 digits', `9${withCheckDigit('121212', '121')}99`],
    ['a valid number inside 14 digits', `19${withCheckDigit('121212', '121')}99`],
    ['a valid number with a digit before it', `1${dash(withCheckDigit('121212', '121'))}`],
    ['a valid number with a digit after it', `${dash(withCheckDigit('121212', '121'))}5`],
    ['a space as separator before a wrong check digit (a date and a time side by side)', withWrongCheckDigit('121212', '121').replace(/^(\d{6})/, '$1 ')],
    ['a compact date, a space and a time', '20261120 2130'],
    ['two spaces between date and serial', dash(withCheckDigit('811218', '987')).replace('-', '  ')],
  ])('does not report %s', (_why, text) => {
    expect(kinds(`ärende ${text} gäller skadegörelse`)).not.toContain('personal_identity_number');
  });

  it('does not report the constructed impossible dates at all, as any kind', () => {
    expect(findPersonalData(withCheckDigit('991399', '123'))).toEqual([]);
    expect(findPersonalData(dash(withCheckDigit('556036', '079')))).toEqual([]);
  });
});

describe('findPersonalData: e-mail addresses', () => {
  it.each([
    ['anna.andersson@linkoping.se', 'anna.andersson@linkoping.se'],
    ['Kontakta ANNA.ANDERSSON@EXAMPLE.COM för mer info', 'ANNA.ANDERSSON@EXAMPLE.COM'],
    ['Mejla fornamn.efternamn@polisen.se.', 'fornamn.efternamn@polisen.se'],
    ['a+tagg@sub.domain.co.uk', 'a+tagg@sub.domain.co.uk'],
    ['åsa.öberg@exempel.se', 'åsa.öberg@exempel.se'],
    ['kalle_99@linköping.se', 'kalle_99@linköping.se'],
    ['(tips: per-olof@gmail.com)', 'per-olof@gmail.com'],
    ['<x.y@z-z.nu>', 'x.y@z-z.nu'],
  ])('finds it in %j', (text, match) => {
    expect(findPersonalData(text)).toEqual([{ kind: 'email', match, index: text.indexOf(match) }]);
  });

  it.each([
    'skriv till @polisen',
    'anna@',
    'anna@localhost',
    'a @ b.se',
    'hej@ där.se',
    'pris 20 kr @ st',
    'möte 2024-05-01 @ stadshuset',
    'anna@example.s',
  ])('does not report %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('findPersonalData: phone numbers', () => {
  it.each([
    '070-123 45 67',
    '070-1234567',
    '0701234567',
    '070 123 45 67',
    '073-987 65 43',
    '+46 70 123 45 67',
    '+46701234567',
    '+46 70-123 45 67',
    '+46 (0)70-123 45 67',
    '+46 070-123 45 67',
    '0046 70 123 45 67',
    '0046701234567',
    '013-12 34 56',
    '013-123456',
    '013123456',
    '08-123 456 78',
    '08-12345678',
    '08-12 34 56',
    '(013) 12 34 56',
    '(08) 123 456 78',
    '(08)-123 456 78',
    '0142-123 45',
    '+46 13 12 34 56',
    '+46 (0)8 123 456 78',
    '070\u00A0123\u00A045\u00A067',
  ])('finds %j alone and inside a sentence', (phone) => {
    expect(findPersonalData(phone)).toEqual([{ kind: 'phone_number', match: phone, index: 0 }]);
    const text = `Ring ${phone} om du ser något.`;
    expect(findPersonalData(text)).toEqual([{ kind: 'phone_number', match: phone, index: 5 }]);
  });

  it.each([
    ['Tel:070-123 45 67', '070-123 45 67'],
    ['tel: +46 70 123 45 67', '+46 70 123 45 67'],
    ['Tel. 013-12 34 56, vardagar', '013-12 34 56'],
    ['(070-123 45 67)', '070-123 45 67'],
    ['ring 070-123 45 67 12 gånger', '070-123 45 67'],
    ['Nummer 08-123 45 67 89 i anteckningen', '08-123 45 67'],
  ])('finds the number in %j', (text, match) => {
    expect(findPersonalData(text)).toEqual([{ kind: 'phone_number', match, index: text.indexOf(match) }]);
  });

  it('finds two numbers written one after the other', () => {
    expect(findPersonalData('nr 013-123456 0701234567').map((f) => f.match)).toEqual(['013-123456', '0701234567']);
    expect(findPersonalData('nr 070-123 45 67 +46 8 123 456 78').map((f) => f.match)).toEqual([
      '070-123 45 67',
      '+46 8 123 456 78',
    ]);
  });

  it.each([
    ['a year', 'Sedan 2024 har antalet ökat'],
    ['an ISO date', 'Händelsen 2024-05-01 vid torget'],
    ['a date range', '2024-05-01–2024-06-30'],
    ['a date with spaces', '2024 05 01'],
    ['a dotted date', 'den 01.05.2024'],
    ['a time', 'kl. 22.30'],
    ['a time with leading zero', 'kl 08.30–09.00 och 08:05'],
    ['an ISO week', 'v. 45'],
    ['a week', 'vecka 45, 2024'],
    ['money', 'kostar 15 000 kr'],
    ['large money', 'budget 1 050 000 kr'],
    ['very large money', 'budget 12 050 000 000 kr'],
    ['a street number', 'Ryds allé 12'],
    ['a postcode', '582 48 Linköping'],
    ['a case number', 'ärende 5000-2024-1234'],
    ['a police case number', 'K-nr 5000-K123456-24'],
    ['a diary number', 'Dnr KS 2024-0123'],
    ['a case number whose last groups start with 0', 'ärende 5000-0123-4567'],
    ['a diary number with a long serial', 'Dnr KS 2024-01234567'],
    ['a reference glued to letters', 'ref K0123456789'],
    ['a reference after a slash', 'bilaga 12/0123456789'],
    ['a long decimal', 'kvot 15.01234567'],
    ['a dash-joined reference starting with 0', 'referens 0580-2024-1234'],
    ['a long digit run starting with 0', 'order 0123456789012'],
    ['coordinates', '58.4109, 15.0621'],
    ['a decimal', '0,5 promille'],
    ['a count', '0 skadade, 12 anmälningar'],
    ['a short number with area code', '08-123 45'],
    ['a foreign-looking 00 prefix that is not 46', '0045 12 34 56 78'],
    ['an ISO date in an import', '2026-11-20'],
    ['a compact date', '20261120'],
    ['a compact date and a time', '20261120 2130'],
    ['an ISO week', '2026-W48'],
    ['a time with seconds', '21:30:15'],
    ['precise coordinates', '58.410912, 15.621034'],
    ['an amount without spaces', '12500000 kr'],
    ['a ten-digit number whose date is impossible', '9913991234'],
    ['a twelve-digit number whose date is impossible', '202613201234'],
    ['a percentage', '05 % fler'],
  ])('does not report %s: %j', (_why, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('findPersonalData: together', () => {
  it('reports every finding in order of position', () => {
    const text = 'Ring 070-123 45 67 eller mejla anna@example.se, pnr 121212-1212.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'phone_number', match: '070-123 45 67', index: 5 },
      { kind: 'email', match: 'anna@example.se', index: 31 },
      { kind: 'personal_identity_number', match: '121212-1212', index: 52 },
    ]);
  });

  it('reports a personal identity number once, even when it is also shaped like a phone number', () => {
    const pnr = dash(withCheckDigit('050101', '238'));
    expect(findPersonalData(`uppgift: ${pnr}`)).toEqual([{ kind: 'personal_identity_number', match: pnr, index: 9 }]);
  });

  it('reports an address once, even when its local part is a phone number', () => {
    expect(kinds('0701234567@sms.example.se')).toEqual(['email']);
  });

  it('finds nothing in ordinary planning text', () => {
    const text =
      'Trygghetsvandring i Ryd 2024-10-15 kl. 18.00. Belysningen vid Ryds allé 12 (582 48 Linköping) ' +
      'byts v. 45 för 15 000 kr. Se ärende 5000-2024-1234 och Dnr KS 2024-0123.';
    expect(findPersonalData(text)).toEqual([]);
  });

  // A pattern that backtracks badly would not finish here: the test's timeout is the check.
  it('reads long text without findings', () => {
    const text = `${'a'.repeat(50_000)} ${'0'.repeat(50_000)} ${'Ryds allé 12, 2024-05-01. '.repeat(4_000)}`;
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('findPersonalData: long runs of digits and separators', () => {
  // Each of these took seconds to minutes when numbers were found by backtracking patterns; read in one
  // pass they take milliseconds. The test's timeout is the check: the suite asserts on no times.
  it.each([
    ["'0 ' × 10,000", '0 '.repeat(10_000)],
    ["'1' × 19,999", '1'.repeat(19_999)],
    ["'12-' × 6,000", '12-'.repeat(6000)],
    ["'0-' × 10,000", '0-'.repeat(10_000)],
    ["'0 0-' × 5,000", '0 0-'.repeat(5000)],
    ["'121212-' × 2,857", '121212-'.repeat(2857)],
  ])('reads %s and finds nothing', (_what, text) => {
    expect(text.length).toBeLessThanOrEqual(PERSONAL_DATA_MAX_LENGTH);
    expect(findPersonalData(text)).toEqual([]);
    expect(() => assertNoPersonalData({ description: text })).not.toThrow();
  });

  it('finds every number in a long run of them', () => {
    expect(findPersonalData('070-123 45 67 '.repeat(1000))).toHaveLength(1000);
    expect(findPersonalData('800101-1234 '.repeat(1000)).map((f) => f.kind)).toEqual(Array(1000).fill('personal_identity_number'));
  });
});

describe('assertNoPersonalData', () => {
  it('passes clean text, empty text, null and undefined', () => {
    expect(() =>
      assertNoPersonalData({
        title: 'Trygghetsvandring i Ryd',
        description: 'Belysningen vid Ryds allé 12 byts v. 45 för 15 000 kr (ärende 5000-2024-1234).',
        comment: '',
        note: null,
        other: undefined,
      }),
    ).not.toThrow();
    expect(() => assertNoPersonalData({})).not.toThrow();
  });

  it.each([
    ['personal_identity_number', 'Anmälan från 19121212-1212 om skadegörelse', '19121212-1212', 'personal identity number (personnummer'],
    ['email', 'Kontakta anna.andersson@example.se', 'anna.andersson@example.se', 'e-mail address'],
    ['phone_number', 'Ring 070-123 45 67 vid frågor', '070-123 45 67', 'phone number'],
  ] as const)('refuses %s with BAD_USER_INPUT naming the field and the kind, not the value', (kind, text, value, words) => {
    const error = refusal({ title: 'Ok', description: text });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'description', reason: kind });
    expect(error.message).toMatch(/^description contains what looks like /);
    expect(error.message).toContain(words);
    expect(error.message).toContain('Personal data must not be stored here: remove it.');
    expect(error.message).not.toContain(value);
    expect(error.message.replace(/\D/g, '')).toBe('');
  });

  it('reports the first field with a problem, and the first problem in it', () => {
    const error = refusal({
      title: 'Ok',
      comment: 'mejla anna@example.se eller ring 070-123 45 67',
      description: 'pnr 121212-1212',
    });
    expect(error.extensions).toMatchObject({ field: 'comment', reason: 'email' });
    expect(error.message).toMatch(/^comment contains what looks like an e-mail address\./);
  });

  it('reads a field of PERSONAL_DATA_MAX_LENGTH (20,000) characters', () => {
    expect(PERSONAL_DATA_MAX_LENGTH).toBe(20_000);
    expect(() => assertNoPersonalData({ description: 'a'.repeat(20_000) })).not.toThrow();
  });

  it('refuses a longer field with BAD_USER_INPUT naming it, before reading any field', () => {
    const tooLong = `${'a'.repeat(20_000)} 121212-1212`;
    const error = refusal({ title: 'Ok', comment: 'pnr 121212-1212', description: tooLong });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'description', reason: 'too_long', max: 20_000 });
    expect(error.message).toBe('description must be at most 20,000 characters to be checked for personal data.');
  });

  it('skips null and undefined fields before a field with a problem', () => {
    const error = refusal({ title: null, comment: undefined, description: '121212-1212' });
    expect(error.extensions).toMatchObject({ field: 'description', reason: 'personal_identity_number' });
  });
});
