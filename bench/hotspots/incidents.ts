/**
 * The incidents service's code the benchmark measures. `@tk/incidents` is not a dependency of
 * `@tk/bench` (pnpm links only declared dependencies, so `@tk/incidents/hotspots` does not resolve
 * from here), hence the relative paths; these modules resolve their own imports (`@tk/gis/…`) from
 * the incidents package, which links the same `gis/` as the bench. With `"@tk/incidents":
 * "workspace:*"` in bench/package.json (and a `pnpm install`) these become
 * `@tk/incidents/hotspots`, `@tk/incidents/db/hotspots` and `@tk/incidents`.
 */
export { analyseHotspots, createHotspotBudget, MIN_HOT_NEIGHBOURHOOD, type HotspotAnalysis } from '../../services/incidents/src/hotspots.js';
export { countsOf, studyArea, type StudyCell } from '../../services/incidents/src/db/hotspots.js';
export { incidentsService } from '../../services/incidents/src/index.js';
