import { enumValues } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { swedishDay } from '@tk/time';
import { audit } from '../db/follow-ups.js';
import { storeSurveyResults, surveyResults, type PopulationRow, type SurveyResultRow } from '../db/reference.js';
import type { ImportProblem } from '@tk/input';
import { parseSurveyCsv } from '../survey-csv.js';
import { SURVEY_INDICATORS } from '../survey.js';
import { builder } from './builder.js';
import { District } from './district.js';

export const SurveyIndicator = builder.enumType('SurveyIndicator', {
  description: 'A safety survey question, as the share of respondents in per cent.',
  values: enumValues(SURVEY_INDICATORS),
});

const Population = builder.objectRef<PopulationRow>('DistrictPopulation').implement({
  description: 'A district\'s population in a year, for rates; the demo\'s figures are rounded guesses (approximate).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    value: t.exposeInt('value'),
    approximate: t.exposeBoolean('approximate'),
    source: t.exposeString('source'),
  }),
});

const SurveyResult = builder.objectRef<SurveyResultRow>('SurveyResult').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    indicator: t.expose('indicator', { type: SurveyIndicator }),
    value: t.exposeFloat('value', { description: 'Per cent of respondents.' }),
    respondents: t.exposeInt('respondents', { nullable: true }),
  }),
});

builder.objectFields(District, (t) => ({
  population: t.field({
    type: Population,
    nullable: true,
    description: 'The latest population figure; null when none is known.',
    resolve: (d, _args, { population }) => population.load(d.id),
  }),
  populationCount: t.int({
    nullable: true,
    description: 'The latest population figure as a number (other subgraphs compute rates from it).',
    resolve: async (d, _args, { population }) => (await population.load(d.id))?.value ?? null,
  }),
  surveyResults: t.field({
    type: [SurveyResult],
    authScopes: { signedIn: true },
    description: 'Safety survey results by year, optionally for one indicator.',
    args: { indicator: t.arg({ type: SurveyIndicator }) },
    resolve: (d, { indicator }, { db }) => surveyResults(db, [d.id], indicator ?? null),
  }),
}));

interface SurveyReport {
  rows: number;
  created: number;
  replaced: number;
  problems: ImportProblem[];
}

const Problem = builder.objectRef<ImportProblem>('SurveyRowProblem').implement({
  fields: (t) => ({
    line: t.exposeInt('line'),
    field: t.string({ description: "The column's header name; empty when the problem is the whole line.", resolve: (p) => p.column ?? '' }),
    message: t.exposeString('message'),
  }),
});

const Report = builder.objectRef<SurveyReport>('SurveyImportReport').implement({
  description: 'What a survey import did; with problems, nothing was written.',
  fields: (t) => ({
    rows: t.exposeInt('rows'),
    created: t.exposeInt('created'),
    replaced: t.exposeInt('replaced'),
    problems: t.expose('problems', { type: [Problem] }),
  }),
});

builder.mutationFields((t) => ({
  importSurveyResults: t.field({
    type: Report,
    authScopes: { role: rolesFor(ACCESS.surveyWrite) },
    description: 'Imports safety survey results from CSV (see data/surveys/README.md): every bad row is reported and then nothing is written.',
    args: { csv: t.arg.string({ required: true, description: 'The file\'s text, at most 1 MB.' }), source: t.arg.string({ description: 'Where the figures come from.' }) },
    resolve: async (_root, { csv, source }, { db, identity, now }) => {
      if (csv.length > 1_000_000) return { rows: 0, created: 0, replaced: 0, problems: [{ line: 0, column: null, message: 'the file is larger than 1 MB' }] };
      const districts = new Set((await db.query<{ id: string }>('SELECT id FROM geo.district')).map((d) => d.id));
      const { rows, problems } = parseSurveyCsv(csv, districts, Number(swedishDay(now).slice(0, 4)));
      if (problems.length > 0) return { rows: 0, created: 0, replaced: 0, problems };
      const from = source?.trim() || `import by ${identity!.name}`;
      const stored = await db.transaction(async (tx) => {
        const done = await storeSurveyResults(tx, rows, from);
        await audit.record(tx, identity!, { action: 'import', entity: 'SurveyImport', entityId: from, before: null, after: done });
        return done;
      });
      return { ...stored, problems: [] };
    },
  }),
}));

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
}

const Organisation = builder.objectRef<OrganisationRow>('Organisation').implement({
  description: 'An organisation the plan works with: a municipal unit, an authority, a company (property owners) or an association.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { description: 'municipality, police, authority, region, company or association.' }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.field({
    type: [Organisation],
    description: 'The organisations of the reference data, by name (public).',
    resolve: (_root, _args, { db }) => db.query<OrganisationRow>('SELECT id, name, kind FROM geo.organisation ORDER BY name'),
  }),
}));
