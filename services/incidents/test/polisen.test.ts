import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/categories.js';
import {
  mapPolisenEvent,
  parsePolisenFile,
  POLICE_TYPES,
  TYPE_CATEGORIES,
  typeMapping,
  withDefaultAliases,
  type DistrictName,
  type PolisenEvent,
} from '../src/import/polisen.js';

const FIXTURE = new URL('./fixtures/polisen-events-ostergotland-2022-2025.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
// The independent counts below read the file as plain data, not through the module under test.
const rawEvents = raw as { id: number; type: string; location: { name: string } }[];

const DISTRICTS: readonly DistrictName[] = [
  { id: 'skaggetorp', name: 'Skäggetorp' },
  { id: 'ryd', name: 'Ryd' },
  { id: 'berga', name: 'Berga' },
  { id: 'city', name: 'City', aliases: ['Innerstaden', 'centrala Linköping'] },
  { id: 'lambohov', name: 'Lambohov' },
  { id: 'valla', name: 'Valla' },
  { id: 'vasastaden', name: 'Vasastaden' },
  { id: 'gottfridsberg', name: 'Gottfridsberg' },
  { id: 'johannelund', name: 'Johannelund' },
  { id: 'tannefors', name: 'Tannefors' },
  { id: 'tornby', name: 'Tornby' },
  { id: 'ekholmen', name: 'Ekholmen' },
  { id: 'hjulsbro', name: 'Hjulsbro' },
];

const { events, invalid } = parsePolisenFile(raw);
const mapped = events.map((e) => mapPolisenEvent(e, DISTRICTS));
const eventsById = new Map(events.map((e) => [e.id, e]));
const byId = (id: number) => {
  const e = eventsById.get(id);
  if (!e) throw new Error(`event ${id} not in the fixture`);
  return e;
};
const mappedById = (id: number) => mapPolisenEvent(byId(id), DISTRICTS);

/** A Linköping event to vary in the constructed cases. */
const base: PolisenEvent = {
  id: 900001,
  datetime: '2024-05-10 14:05:00 +02:00',
  name: '10 maj 13.58, Misshandel, Linköping',
  summary: 'Man misshandlad.',
  url: '/aktuellt/handelser/2024/maj/10/10-maj-13.58-misshandel-linkoping/',
  type: 'Misshandel',
  location: { name: 'Linköping', gps: '58.410807,15.621373' },
};
const inText = (summary: string, over: Partial<PolisenEvent> = {}) => mapPolisenEvent({ ...base, summary, ...over }, DISTRICTS);

describe('the Östergötland 2022–2025 file', () => {
  it('parses every event', () => {
    expect(events).toHaveLength(1231);
    expect(invalid).toEqual([]);
  });

  it('places 310 events in Linköping and 921 in the county only, as location.name says', () => {
    const linkoping = rawEvents.filter((e) => e.location.name === 'Linköping').length;
    const county = rawEvents.filter((e) => e.location.name.endsWith(' län')).length;
    expect([linkoping, county]).toEqual([310, 921]);
    expect(mapped.filter((m) => m.municipality === 'Linköping')).toHaveLength(linkoping);
    expect(mapped.filter((m) => m.countyLevel && m.precision === 'county' && m.municipality === null)).toHaveLength(county);
  });

  it('counts 800 summaries, the types starting with "Sammanfattning"', () => {
    const summaries = rawEvents.filter((e) => e.type.startsWith('Sammanfattning')).length;
    expect(summaries).toBe(800);
    expect(mapped.filter((m) => m.isSummary)).toHaveLength(summaries);
    expect(mapped.filter((m) => m.isSummary && (m.isCrime || m.category !== 'other'))).toEqual([]);
  });

  it('recognises a district in exactly these 45 events (ids checked by reading the texts)', () => {
    const expected: Record<string, number[]> = {
      skaggetorp: [429533, 437916, 441951, 525923, 536091, 544615, 572446, 589420],
      ryd: [442656, 573042],
      berga: [428910, 557350],
      // "centrala Linköping" ×8 and "Innerstaden" ×1.
      city: [478858, 505560, 531957, 540020, 540157, 548620, 552159, 554328, 578446],
      // Without the four on "Lambohovsleden": 412003, 439087, 572957, 583335.
      lambohov: [427321, 465147, 469731, 475949, 527998, 543238, 582797],
      // "Östra valla", "Västra Valla" ×2.
      valla: [544600, 561148, 573990],
      vasastaden: [540160],
      gottfridsberg: [548984],
      johannelund: [424897],
      tornby: [428628, 430436, 548624, 579544, 580816, 588673],
      ekholmen: [411617, 449772, 449883, 451960, 462202],
    };
    const found: Record<string, number[]> = {};
    for (const m of mapped) if (m.districtId) (found[m.districtId] ??= []).push(Number(m.sourceId));
    expect(found).toEqual(expected);
    expect(Object.values(found).flat()).toHaveLength(45);
    const withDistrict = mapped.filter((m) => m.districtName !== null);
    expect(withDistrict.every((m) => m.precision === 'district' && m.municipality === 'Linköping')).toBe(true);
    expect(mapped.filter((m) => m.precision === 'municipality')).toHaveLength(310 - 45);
  });

  it('has 133 crimes and 1,098 other events (110 and 200 in Linköping)', () => {
    expect(mapped.filter((m) => m.isCrime)).toHaveLength(133);
    expect(mapped.filter((m) => !m.isCrime)).toHaveLength(1098);
    const inLinkoping = mapped.filter((m) => m.municipality === 'Linköping');
    expect(inLinkoping.filter((m) => m.isCrime)).toHaveLength(110);
    expect(inLinkoping.filter((m) => !m.isCrime)).toHaveLength(200);
  });

  it('knows every type in the file, and keeps the original type', () => {
    const types = [...new Set(rawEvents.map((e) => e.type))];
    expect(types).toHaveLength(49);
    expect(types.filter((t) => !Object.hasOwn(TYPE_CATEGORIES, t))).toEqual([]);
    expect(mapped.every((m, i) => m.originalType === events[i]?.type)).toBe(true);
  });

  it('never makes a point of location.gps and gives every event an absolute https URL', () => {
    for (const m of mapped) {
      expect(m.precision).not.toBe('exact');
      expect(m.url).toMatch(/^https:\/\/polisen\.se\/aktuellt\/handelser\//);
      expect(Object.values(m)).not.toContain(byId(Number(m.sourceId)).location.gps);
      expect(`${m.title} ${m.summary}`).not.toMatch(/\u00a0/);
    }
  });

  it('takes the event time from the name: never more than 4 hours before publication, at most 13 after', () => {
    const hours = mapped.map((m) => (m.publishedAt.getTime() - m.occurredAt.getTime()) / 3_600_000);
    expect(Math.max(...hours)).toBeLessThan(4);
    // 484260, "17 januari 20.06, Sammanfattning natt" published 07.59 that morning: the Police's typo.
    expect(Math.min(...hours)).toBeGreaterThan(-13);
  });
});

describe('events of the file by id', () => {
  it('a Linköping event with a district in the summary', () => {
    expect(mappedById(429533)).toMatchObject({
      sourceId: '429533',
      category: 'fire',
      originalType: 'Brand',
      municipality: 'Linköping',
      countyLevel: false,
      districtId: 'skaggetorp',
      districtName: 'Skäggetorp',
      precision: 'district',
      isCrime: false,
      summary: 'Larm om gräsbrand i Skäggetorp.', // the file has a non-breaking space before "i"
      title: '05 juni 08:23, Brand, Linköping',
      url: 'https://polisen.se/aktuellt/handelser/2023/juni/5/05-juni-0823-brand-linkoping/',
    });
  });

  it('"Innerstaden" and "centrala Linköping" are City; "Östra valla" is Valla', () => {
    expect(mappedById(540157).districtName).toBe('City');
    expect(mappedById(478858).districtName).toBe('City');
    expect(mappedById(544600)).toMatchObject({ districtId: 'valla', category: 'other', isCrime: false });
  });

  it('a road named after a district is not the district', () => {
    expect(mappedById(412003)).toMatchObject({ summary: 'Bilist körde in i stolpe på Lambohovsleden.', districtName: null, precision: 'municipality' });
  });

  it('a county-level summary, whose hour in datetime is one digit', () => {
    const m = mappedById(410689);
    expect(byId(410689).datetime).toBe('2023-03-21 7:42:23 +01:00');
    expect(m).toMatchObject({ municipality: null, countyLevel: true, precision: 'county', isSummary: true, isCrime: false, category: 'other' });
    expect(m.publishedAt.toISOString()).toBe('2023-03-21T06:42:23.000Z');
    expect(m.occurredAt.toISOString()).toBe('2023-03-21T06:42:00.000Z');
  });

  it('an event published after midnight keeps the day of its name', () => {
    const m = mappedById(540022); // "05 augusti 23.52, Detonation", published 2024-08-06 0:02:43 +02:00
    expect(m.occurredAt.toISOString()).toBe('2024-08-05T21:52:00.000Z');
    expect(m.publishedAt.toISOString()).toBe('2024-08-05T22:02:43.000Z');
    expect(m).toMatchObject({ category: 'threat_violence', isCrime: true, precision: 'municipality' });
  });

  it('a county-level crime', () => {
    expect(mappedById(466469)).toMatchObject({ originalType: 'Åldringsbrott', category: 'other', isCrime: true, precision: 'county', countyLevel: true });
  });
});

describe('times', () => {
  it('New Year: an event on 31 December published on 1 January is of the year before', () => {
    const m = inText('Man misshandlad.', { datetime: '2024-01-01 0:12:03 +01:00', name: '31 december 23.50, Misshandel, Linköping' });
    expect(m.occurredAt.toISOString()).toBe('2023-12-31T22:50:00.000Z');
    expect(m.publishedAt.toISOString()).toBe('2023-12-31T23:12:03.000Z');
  });

  it('New Year the other way: a name one minute into the year, published (early) on 31 December', () => {
    const m = inText('Smällar.', { datetime: '2024-12-31 23:58:00 +01:00', name: '01 januari 00.01, Övrigt, Linköping', type: 'Övrigt' });
    expect(m.occurredAt.toISOString()).toBe('2024-12-31T23:01:00.000Z');
  });

  it('the clock change: the event in CET, the publication in CEST', () => {
    const m = inText('Bråk.', { datetime: '2025-03-30 3:10:00 +02:00', name: '30 mars 01.50, Bråk, Linköping', type: 'Bråk' });
    expect(m.occurredAt.toISOString()).toBe('2025-03-30T00:50:00.000Z');
  });

  it('reads "07:42" and "06.32"; without a readable time the publication time stands', () => {
    expect(inText('x', { name: '10 maj 13:58, Misshandel, Linköping' }).occurredAt.toISOString()).toBe('2024-05-10T11:58:00.000Z');
    expect(inText('x').occurredAt.toISOString()).toBe('2024-05-10T11:58:00.000Z');
    for (const name of ['Misshandel, Linköping', '10 majj 13.58, Misshandel, Linköping', '31 april 13.58, Misshandel, Linköping']) {
      const m = inText('x', { name });
      expect(m.occurredAt).toEqual(m.publishedAt);
    }
  });
});

describe('places', () => {
  it('matches whole words, the genitive, any case, and not inside longer words', () => {
    expect(inText('Bråk vid Skäggetorps centrum.').districtId).toBe('skaggetorp');
    expect(inText('bråk i SKÄGGETORP').districtId).toBe('skaggetorp');
    expect(inText('Stöld i Ryd.').districtId).toBe('ryd');
    expect(inText('Olycka på Rydsvägen.').districtId).toBeNull();
    expect(inText('Krock vid Skäggetorpsmotet.').districtId).toBeNull();
    expect(inText('Bråk i Bergaskolan.').districtId).toBeNull();
  });

  it('"City" alone is not a district: it is a shop and English', () => {
    expect(inText('Snatteri på City Gross.').districtId).toBeNull();
    expect(inText('Larm om inbrott i Innerstaden.').districtId).toBe('city');
  });

  it('the first district named wins', () => {
    expect(inText('Bråk i Berga, en gripen i Ryd.').districtId).toBe('berga');
  });

  it('the summary is read before the name', () => {
    expect(inText('Bråk i Tornby.', { name: '10 maj 13.58, Misshandel Ryd, Linköping' }).districtId).toBe('tornby');
    expect(inText('Bråk.', { name: '10 maj 13.58, Misshandel Ryd, Linköping' }).districtId).toBe('ryd');
  });

  it('a Linköping district named in another municipality is ignored', () => {
    const m = inText('Bråk i Berga.', { name: '10 maj 13.58, Misshandel, Norrköping', location: { name: 'Norrköping', gps: '58.58,16.19' } });
    expect(m).toMatchObject({ municipality: 'Norrköping', districtName: null, precision: 'municipality' });
    const county = inText('Bråk i Skäggetorp.', { name: '10 maj 13.58, Misshandel, Östergötlands län', location: { name: 'Östergötlands län', gps: '58.3,15.5' } });
    expect(county).toMatchObject({ municipality: null, districtName: null, precision: 'county' });
  });

  it('the municipality from the last part of the name when location.name is the county', () => {
    const m = inText('Man misshandlad.', { name: '10 maj 13.58, Misshandel, grov, Motala', location: { name: 'Östergötlands län', gps: '58.3,15.5' } });
    expect(m).toMatchObject({ municipality: 'Motala', countyLevel: false, precision: 'municipality' });
  });

  it('the DB\'s "City (Innerstaden)" without aliases matches "Innerstaden"; withDefaultAliases adds "centrala Linköping"', () => {
    const db: DistrictName[] = [{ id: 'city', name: 'City (Innerstaden)' }, { id: 'ryd', name: 'Ryd' }];
    const e = { ...base, summary: 'Misshandel i Innerstaden.' };
    expect(mapPolisenEvent(e, db)).toMatchObject({ districtId: 'city', districtName: 'City (Innerstaden)' });
    expect(mapPolisenEvent({ ...e, summary: 'Bråk i centrala Linköping' }, db).districtId).toBeNull();
    expect(mapPolisenEvent({ ...e, summary: 'Bråk i centrala Linköping' }, withDefaultAliases(db)).districtId).toBe('city');
    expect(mapPolisenEvent({ ...e, summary: 'Bråk på City Gross' }, withDefaultAliases(db)).districtId).toBeNull();
  });

  it('with the default aliases the file has one more district event: "centrala delarna av Linköping"', () => {
    const all = withDefaultAliases(DISTRICTS);
    const found = events.map((e) => mapPolisenEvent(e, all)).filter((m) => m.districtId !== null);
    expect(found).toHaveLength(46);
    expect(mapPolisenEvent(byId(466426), all)).toMatchObject({ summary: 'Bilbrand i centrala delarna av Linköping.', districtId: 'city' });
  });
});

describe('urls and republished events', () => {
  it('makes relative urls absolute and keeps older absolute ones (as https)', () => {
    const path = '/aktuellt/handelser/2019/maj/10/x/';
    expect(inText('x', { url: path }).url).toBe(`https://polisen.se${path}`);
    expect(inText('x', { url: `https://polisen.se${path}` }).url).toBe(`https://polisen.se${path}`);
    expect(inText('x', { url: `http://polisen.se${path}` }).url).toBe(`https://polisen.se${path}`);
  });

  it('the same id with a changed text maps to the same sourceId, with the new text', () => {
    const first = mappedById(429533);
    const again = mapPolisenEvent({ ...byId(429533), summary: 'Gräsbrand i Ryd, släckt.', type: 'Brand' }, DISTRICTS);
    expect(again.sourceId).toBe(first.sourceId);
    expect([first.districtId, again.districtId]).toEqual(['skaggetorp', 'ryd']);
  });
});

describe('types', () => {
  it('maps to the project\'s categories only', () => {
    for (const category of Object.values(TYPE_CATEGORIES)) expect(Object.keys(CATEGORIES)).toContain(category);
    expect(TYPE_CATEGORIES).toEqual(Object.fromEntries(Object.entries(POLICE_TYPES).map(([t, m]) => [t, m.category])));
  });

  it.each([
    ['Skadegörelse', 'vandalism', true],
    ['Brand', 'fire', false],
    ['Misshandel, grov', 'threat_violence', true],
    ['Rån övrigt', 'threat_violence', true],
    ['Mord/dråp, försök', 'threat_violence', true],
    ['Stöld/inbrott', 'burglary', true],
    ['Narkotikabrott', 'drug_dealing', true],
    ['Bråk', 'public_disorder', true],
    ['Fylleri/LOB', 'public_disorder', false],
    ['Trafikolycka, personskada', 'other', false],
    ['Sammanfattning kväll och natt', 'other', false],
    ['Övrigt', 'other', false],
    ['Försvunnen person', 'other', false],
  ] as const)('%s → %s, crime %s', (type, category, isCrime) => {
    expect(typeMapping(type)).toEqual({ category, isCrime });
  });

  it('an unknown type is "other" and not a crime; a new kind of summary is still a summary', () => {
    expect(typeMapping('Helt ny typ')).toEqual({ category: 'other', isCrime: false });
    expect(typeMapping('constructor')).toEqual({ category: 'other', isCrime: false });
    expect(inText('x', { type: 'Sammanfattning helg' })).toMatchObject({ category: 'other', isCrime: false, isSummary: true, originalType: 'Sammanfattning helg' });
  });
});

describe('invalid input', () => {
  it('refuses a response that is not an array', () => {
    expect(() => parsePolisenFile({ error: 'Service unavailable' })).toThrow(/expected an array of events, got an object/);
  });

  it('gives a reason per invalid element and keeps the valid ones', () => {
    const { id: _id, ...noId } = base;
    const result = parsePolisenFile([
      base,
      null,
      noId,
      { ...base, id: '588164' },
      { ...base, datetime: '2025-06-07T06:38:18+02:00' },
      { ...base, url: 'https://example.com/aktuellt/handelser/x/' },
      { ...base, location: undefined },
      { ...base, type: ' ', summary: 7 },
      { ...base, extra: 'ignored' },
    ]);
    expect(result.events).toHaveLength(2);
    expect(result.events[1]).toEqual(base); // unknown fields are dropped
    expect(result.invalid).toEqual([
      { index: 1, reason: 'expected an event object, got null', fields: [] },
      { index: 2, reason: 'id: expected a positive integer, got missing', fields: ['id'] },
      { index: 3, reason: 'id: expected a positive integer, got "588164"', fields: ['id'] },
      { index: 4, reason: 'datetime: expected a time like "2025-06-07 6:38:18 +02:00", got "2025-06-07T06:38:18+02:00"', fields: ['datetime'] },
      { index: 5, reason: 'url: expected a path or an http(s) URL on polisen.se, got "https://example.com/aktuellt/handelser/x/"', fields: ['url'] },
      {
        index: 6,
        reason:
          'location: expected an object, got missing; location.name: expected a non-empty string, got missing; location.gps: expected a string, got missing',
        fields: ['location', 'location.name', 'location.gps'],
      },
      { index: 7, reason: 'summary: expected a string, got number 7; type: expected a non-empty string, got " "', fields: ['summary', 'type'] },
    ]);
  });
});
