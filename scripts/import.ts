/**
 * `npm run import -- <kind> FILE …`: one entry for every import, each implemented by the package
 * that owns the data.
 */
const IMPORTS: Record<string, string> = {
  districts: '../gis/src/cli/import.ts',
  organisations: '../gis/src/cli/import.ts',
  properties: '../gis/src/cli/import.ts',
  polisen: '../services/incidents/src/cli/import-polisen.ts',
  'est-csv': '../services/incidents/src/cli/import-est-csv.ts',
  plan: '../services/plan/src/cli/import-plan.ts',
  survey: '../services/plan/src/cli/import-survey.ts',
};

const kind = process.argv[2];
const module = kind ? IMPORTS[kind] : undefined;
if (!module) {
  console.error(`Usage: npm run import -- <${Object.keys(IMPORTS).join('|')}> FILE [options]`);
  process.exit(1);
}
await import(module);
