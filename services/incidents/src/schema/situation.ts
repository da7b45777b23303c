import { TEXT } from '@tk/input';
import { assertDistrictReadable, assertNoPersonalData, badUserInput, districtIdArg, isoWeekOrRefuse, notFound, type Queryable } from '@tk/gis';
import { ACCESS, rolesFor, rowScope, type Identity } from '@tk/access';
import type { IsoWeek } from '@tk/time';
import { latestVersions, publish, saveDraft, versions, type SituationFigures, type SituationRow } from '../db/situations.js';
import { liveFigures } from '../situation.js';
import { builder } from './builder.js';
import { IncidentCategory } from './incident.js';

const MAX_TEXT = TEXT.situation.max;

const CategoryFigure = builder.objectRef<SituationFigures['byCategory'][number]>('CategoryFigure').implement({
  fields: (t) => ({
    category: t.expose('category', { type: IncidentCategory }),
    count: t.exposeInt('count'),
    previousFourWeeksAverage: t.exposeFloat('previousFourWeeksAverage'),
    sameWeekLastYear: t.exposeInt('sameWeekLastYear', { nullable: true, description: 'Null when the year before has no such week (week 53).' }),
    change: t.float({ description: 'count − the average of the four weeks before.', resolve: (c) => c.count - c.previousFourWeeksAverage }),
  }),
});

const HotCell = builder.objectRef<SituationFigures['hotCells'][number]>('SituationHotCell').implement({
  fields: (t) => ({
    key: t.exposeID('key'),
    count: t.exposeInt('count'),
    z: t.exposeFloat('z'),
    confidence: t.exposeInt('confidence'),
    emerging: t.exposeString('emerging', { nullable: true }),
  }),
});

const Figures = builder.objectRef<SituationFigures>('SituationFigures').implement({
  description: 'Counts by category against the four weeks before and the same week a year earlier, and the week\'s hot cells.',
  fields: (t) => ({
    total: t.exposeInt('total'),
    previousFourWeeksAverage: t.exposeFloat('previousFourWeeksAverage'),
    sameWeekLastYear: t.exposeInt('sameWeekLastYear', { nullable: true, description: 'Null when the year before has no such week (week 53).' }),
    byCategory: t.expose('byCategory', { type: [CategoryFigure] }),
    hotCells: t.expose('hotCells', { type: [HotCell] }),
  }),
});

const SituationStatus = builder.enumType('SituationStatus', { values: { DRAFT: { value: 'draft' }, PUBLISHED: { value: 'published' } } as const });

/** A district's week as stored, or a fresh page (version 0) when nobody has written one yet. */
interface SituationValue extends SituationRow {
  exists: boolean;
}

const emptyPage = (week: string, districtId: string): SituationValue => ({
  week, districtId, version: 0, status: 'draft', text: '', figures: null, createdBy: '', createdAt: new Date(0),
  publishedBy: null, publishedAt: null, exists: false,
});

export const Situation = builder.objectRef<SituationValue>('Situation');

Situation.implement({
  description: 'The weekly situational picture (lägesbild) of one district. Published versions never change.',
  authScopes: { role: rolesFor(ACCESS.situationRead) },
  fields: (t) => ({
    week: t.expose('week', { type: 'IsoWeek' }),
    districtId: t.exposeID('districtId'),
    version: t.exposeInt('version', { description: '0 while nothing is written; each correction of a published picture is a new version.' }),
    status: t.expose('status', { type: SituationStatus }),
    text: t.exposeString('text'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    publishedBy: t.exposeString('publishedBy', { nullable: true }),
    figures: t.field({
      type: Figures,
      description: 'Frozen at publication; live for a draft.',
      resolve: async (s, _args, { db, hotspotBudget }) => s.figures ?? liveFigures(db, s.districtId, isoWeekOrRefuse(s.week), hotspotBudget),
    }),
    versions: t.field({
      type: [Situation],
      description: 'Every version of this week, newest first.',
      resolve: async (s, _args, { db }) => (await versions(db, s.week, s.districtId)).map((v) => ({ ...v, exists: true })),
    }),
  }),
});

builder.asEntity(Situation, {
  key: builder.selection<{ week: string; districtId: string }>('week districtId'),
  resolveReference: async (key, { db, identity }) => situationFor(db, identity, isoWeekOrRefuse(key.week, 'week'), key.districtId),
});

export async function situationFor(db: Queryable, identity: Identity | null, week: IsoWeek, districtId: string): Promise<SituationValue> {
  assertDistrictReadable(identity, rowScope(identity, ACCESS.situationRead), districtIdArg(districtId), 'the situational picture');
  const [latest] = await latestVersions(db, [{ week: week.label, districtId }]);
  return latest ? { ...latest, exists: true } : emptyPage(week.label, districtId);
}

async function districtExists(db: Queryable, id: string): Promise<void> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM geo.district WHERE id = $1', [id]);
  if (!row) throw notFound(`There is no district ${id}`);
}

builder.queryFields((t) => ({
  situation: t.field({
    type: Situation,
    authScopes: { role: rolesFor(ACCESS.situationRead) },
    description: 'A district\'s situational picture for an ISO week: the latest version.',
    args: { week: t.arg({ type: 'IsoWeek', required: true }), districtId: t.arg.id({ required: true }) },
    resolve: async (_root, { week, districtId }, { db, identity }) => {
      await districtExists(db, districtIdArg(districtId));
      return situationFor(db, identity, week, districtId);
    },
  }),
}));

const writers = rolesFor(ACCESS.situationWrite);

builder.mutationFields((t) => ({
  saveSituationDraft: t.field({
    type: Situation,
    authScopes: { role: writers },
    description: 'Writes the text of a week\'s draft; after publication this starts a new version (a correction).',
    args: { week: t.arg({ type: 'IsoWeek', required: true }), districtId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (_root, { week, districtId, text }, { db, identity }) => {
      const body = text.trim();
      if (body.length > MAX_TEXT) throw badUserInput(`text must be at most ${MAX_TEXT} characters`, { field: 'text', reason: 'too_long', max: MAX_TEXT });
      assertNoPersonalData({ text: body });
      await districtExists(db, districtIdArg(districtId));
      return db.transaction(async (tx) => {
        const [latest] = await latestVersions(tx, [{ week: week.label, districtId }]);
        await saveDraft(tx, identity!, latest ?? null, week.label, districtId, body);
        return situationFor(tx, identity, week, districtId);
      });
    },
  }),
  publishSituation: t.field({
    type: Situation,
    authScopes: { role: writers },
    description: 'Publishes the week\'s draft: its figures are frozen and it can no longer change.',
    args: { week: t.arg({ type: 'IsoWeek', required: true }), districtId: t.arg.id({ required: true }) },
    resolve: async (_root, { week, districtId }, { db, identity, hotspotBudget }) => {
      await districtExists(db, districtIdArg(districtId));
      return db.transaction(async (tx) => {
        const [latest] = await latestVersions(tx, [{ week: week.label, districtId }]);
        if (!latest || latest.status !== 'draft') throw badUserInput('There is no draft to publish for this week; save one first', { field: 'week', reason: 'not_found' });
        await publish(tx, identity!, latest, await liveFigures(tx, districtId, week, hotspotBudget));
        return situationFor(tx, identity, week, districtId);
      });
    },
  }),
}));
