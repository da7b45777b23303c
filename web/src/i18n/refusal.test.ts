import { REFUSAL_REASONS } from '@tk/input';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from 'vue-i18n';
import { ApiError, request, toRefusal, type Refusal } from '../api/client';
import { publicDistrictsQuery } from '../api/operations';
import { en } from './en';
import { refusalText, type Translator } from './refusal';
import { sv } from './sv';

// A fresh instance with the app's messages (i18n/index.ts also touches the document).
const i18n = createI18n({ legacy: false, locale: 'sv', fallbackLocale: 'sv', messages: { sv, en } });
const translator: Translator = {
  t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)),
  te: (key) => i18n.global.te(key),
  locale: i18n.global.locale,
};
function text(failure: unknown, locale: 'sv' | 'en' = 'sv'): string {
  i18n.global.locale.value = locale;
  return refusalText(translator, failure);
}
const refusal = (r: Partial<Refusal>): Refusal => ({ code: 'BAD_USER_INPUT', reason: null, field: null, ...r });
/** What the server says in extensions, as the client reads it from the response. */
const serverRefusal = (message: string, extensions: { code: string; field?: string; reason?: string; min?: number; max?: number }) =>
  new ApiError(message, extensions.code, [message], 200, extensions.field ?? null, {
    reason: (extensions.reason ?? null) as Refusal['reason'],
    ...(extensions.min === undefined ? {} : { min: extensions.min }),
    ...(extensions.max === undefined ? {} : { max: extensions.max }),
  });

describe('refusalText', () => {
  it('says a too long text with its limit, in Swedish and English, never with the server\'s words', () => {
    const error = serverRefusal('title must be at most 200 characters', { code: 'BAD_USER_INPUT', field: 'title', reason: 'too_long', min: 1, max: 200 });
    expect(text(error)).toBe('Texten är för lång: högst 200 tecken.');
    expect(text(error, 'en')).toBe('The text is too long: at most 200 characters.');
  });

  it('uses the field\'s own words where the catalogue has them, with the bounds in the language\'s digits', () => {
    const error = refusal({ field: 'camera.rangeM', reason: 'out_of_range', min: 1, max: 500 });
    expect(text(error)).toBe('Ange en räckvidd från 1 till 500 meter.');
    expect(text(error, 'en')).toBe('Enter a range from 1 to 500 metres.');
    const cost = refusal({ field: 'costEstimateSek', reason: 'out_of_range', min: 0, max: 1_000_000_000 });
    expect(text(cost, 'en')).toBe('Enter a cost from 0 to 1,000,000,000 SEK.');
    expect(text(cost)).toBe(`Ange en kostnad från 0 till ${new Intl.NumberFormat('sv-SE').format(1_000_000_000)} kr.`);
  });

  it('drops indices from a field\'s path when it looks for the field\'s words', () => {
    expect(text(refusal({ field: 'indicators', reason: 'conflict' }))).toBe('Två indikatorer har samma namn.');
    expect(text(refusal({ field: 'indicators[3].name', reason: 'required' }))).toBe(sv.refusal.reason.required);
  });

  it('says a range without numbers when the server gave none', () => {
    expect(text(refusal({ field: 'startsAt', reason: 'out_of_range' }))).toBe(sv.refusal.reason.out_of_rangeBare);
    expect(text(refusal({ field: 'to', reason: 'too_long' }), 'en')).toBe(en.refusal.reason.too_longBare);
  });

  it('has a sentence for every reason of the server\'s vocabulary, in both languages', () => {
    for (const reason of REFUSAL_REASONS) {
      for (const locale of ['sv', 'en'] as const) {
        const said = text(refusal({ reason, min: 1, max: 9 }), locale);
        expect(said, `${reason} in ${locale}`).not.toBe(locale === 'sv' ? sv.refusal.fallback : en.refusal.fallback);
        expect(said).not.toMatch(/\{|refusal\./);
      }
    }
  });

  it('turns GraphQL\'s refusal of a variable into the generic text', () => {
    const error = serverRefusal('Variable "$input" got invalid value -5 at "input.cost"; Int cannot represent…', { code: 'BAD_USER_INPUT', reason: 'invalid_input' });
    expect(text(error)).toBe(sv.refusal.reason.invalid_input);
    // An older gateway, or a refusal before any subgraph: the code alone.
    expect(text(serverRefusal('Variable "$input" got invalid value', { code: 'BAD_USER_INPUT' }), 'en')).toBe(en.refusal.code.BAD_USER_INPUT);
  });

  it('says what a code means when there is no reason, and the generic text for anything else', () => {
    expect(text(serverRefusal('Forbidden: measureWrite', { code: 'FORBIDDEN' }))).toBe(sv.refusal.code.FORBIDDEN);
    expect(text(new ApiError('fetch failed', 'NETWORK_ERROR'), 'en')).toBe(en.refusal.code.NETWORK_ERROR);
    expect(text(new ApiError('HTTP 502 Bad Gateway', 'HTTP_ERROR'))).toBe(sv.refusal.fallback);
    expect(text(new TypeError('x is undefined'), 'en')).toBe(en.refusal.fallback);
    expect(text(serverRefusal('boom', { code: 'BAD_USER_INPUT', reason: 'no_such_reason' }))).toBe(sv.refusal.code.BAD_USER_INPUT);
  });

  it('reads the reason, field and bounds of the error that names a field from the response', async () => {
    const errors = [
      { message: 'something else', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'title must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'title', reason: 'too_long', min: 1, max: 200 } },
    ];
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ errors }), { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = await request(publicDistrictsQuery, {}).catch((e: unknown) => e);
    vi.unstubAllGlobals();
    expect(toRefusal(error)).toEqual({ code: 'BAD_USER_INPUT', reason: 'too_long', field: 'title', min: 1, max: 200 });
    expect(text(error, 'en')).toBe('The text is too long: at most 200 characters.');
  });
});
