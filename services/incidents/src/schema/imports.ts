import { lostCharacters, readJsonDocument } from '@tk/input';
import { badUserInput } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { importPolisenEvents, type PolisenImportReport } from '../import/polisen-store.js';
import { builder } from './builder.js';

const Invalid = builder.objectRef<PolisenImportReport['invalid'][number]>('ImportInvalidItem').implement({
  fields: (t) => ({
    index: t.exposeInt('index'),
    reason: t.exposeString('reason', { description: 'What is wrong, in English words (for the command line and logs).' }),
    fields: t.exposeStringList('fields', { description: 'The event\'s fields that are missing or wrong, e.g. "location.gps"; empty when the item is not an event object.' }),
  }),
});

const DistrictCount = builder.objectRef<{ districtId: string; count: number }>('ImportDistrictCount').implement({
  fields: (t) => ({ districtId: t.exposeID('districtId'), count: t.exposeInt('count') }),
});

const Report = builder.objectRef<PolisenImportReport>('PolisenImportReport').implement({
  description: 'What an import of the Police\'s open events did.',
  fields: (t) => ({
    read: t.exposeInt('read'),
    imported: t.exposeInt('imported'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    outsideMunicipality: t.exposeInt('outsideMunicipality'),
    districtPrecision: t.int({ resolve: (r) => r.precision.district }),
    municipalityPrecision: t.int({ resolve: (r) => r.precision.municipality }),
    countyPrecision: t.int({ resolve: (r) => r.precision.county }),
    summariesWithheld: t.exposeInt('summariesWithheld'),
    districts: t.field({ type: [DistrictCount], resolve: (r) => Object.entries(r.districts).map(([districtId, count]) => ({ districtId, count })) }),
    invalid: t.expose('invalid', { type: [Invalid] }),
  }),
});

// A year of the Police's events for the county is about 0.5 MB; the gateway's body limit applies too.
const MAX_CHARS = 1_900_000;

builder.mutationFields((t) => ({
  importPolisenEvents: t.field({
    type: Report,
    authScopes: { role: rolesFor(ACCESS.incidentWrite) },
    description: 'Imports a file of the Police\'s open events (the /api/events JSON, as text), as `npm run import -- polisen` does.',
    args: { json: t.arg.string({ required: true }) },
    resolve: async (_root, { json }, { db }) => {
      if (json.length > MAX_CHARS) throw badUserInput(`the file is larger than ${MAX_CHARS} characters; use the command line import`, { field: 'json', reason: 'too_long', max: MAX_CHARS });
      // The same reading as the command's (@tk/gis/import): lost letters and a syntax error by line.
      const lost = lostCharacters(json);
      if (lost) throw badUserInput(lost.message, { field: 'json', reason: 'not_utf8', line: lost.line });
      const read = readJsonDocument(json);
      if (!read.ok) throw badUserInput(read.problem.message, { field: 'json', reason: 'invalid_format', line: read.problem.line });
      const parsed = read.document.value;
      if (!Array.isArray(parsed)) throw badUserInput('the file must be a JSON array of events, as the Police\'s /api/events gives', { field: 'json', reason: 'invalid_format' });
      return importPolisenEvents(db, parsed);
    },
  }),
}));
