import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';
import { weekName, weekNameOf } from './weekName';
import { isoWeekOf } from '@tk/time';

/** Fills in the named placeholders of the real messages, as vue-i18n does for these plain texts. */
const translator = (messages: typeof sv) => (key: string, named: Record<string, string | number>) => {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(named[name]));
};

describe('weekName', () => {
  it('writes the week the Swedish and the English way', () => {
    expect(weekName(isoWeekOf(2026, 47)!, translator(sv))).toBe('v. 47 2026');
    expect(weekName(isoWeekOf(2026, 47)!, translator(en))).toBe('Week 47, 2026');
  });

  it('reads the API label, and leaves anything else as it is', () => {
    expect(weekNameOf('2026-W53', translator(sv))).toBe('v. 53 2026');
    expect(weekNameOf('2025-W53', translator(sv))).toBe('2025-W53');
    expect(weekNameOf(null, translator(sv))).toBe('');
  });
});
