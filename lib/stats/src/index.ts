/**
 * Hot spot statistics on a hexagon grid in EPSG:3006: the grid and its SQL twin, Getis-Ord Gi*,
 * Benjamini–Hochberg classes, the Mann-Kendall trend test and ArcGIS-style emerging hot spots.
 * Pure functions, deterministic, no database access.
 */
export {
  DEFAULT_CELL_SIZE,
  NEIGHBOUR_OFFSETS,
  SQRT3_HALF,
  cellArea,
  cellKey,
  cellOf,
  centreOf,
  circumradius,
  hexDistance,
  neighbours,
  parseCellKey,
  polygonOf,
  sqlCellColumns,
  sqlCellExpression,
  sqlCellKeyExpression,
  type Cell,
  type Point,
  type SqlCellColumns,
} from './hexgrid.js';
export { erf, erfc, normalCdf, normalUpperTail, twoSidedP } from './normal.js';
export { MIN_CELLS, getisOrdGiStar, type CellCount, type GiStarCell, type GiStarResult, type GiStarStatus } from './gistar.js';
export {
  CONFIDENCE_LEVELS,
  benjaminiHochberg,
  benjaminiHochbergAdjusted,
  benjaminiHochbergCutoff,
  classifyHotSpots,
  classifyWeek,
  isCold,
  isHot,
  type ClassifyOptions,
  type Confidence,
  type HotSpotClass,
  type HotSpotClassification,
  type WeekClassOptions,
} from './fdr.js';
export { DEFAULT_TREND_ALPHA, mannKendall, type MannKendallResult, type TrendDirection } from './mann-kendall.js';
export {
  emergingCategory,
  emergingHotSpots,
  type EmergingCategory,
  type EmergingCell,
  type EmergingOptions,
  type EmergingResult,
  type EmergingStep,
  type WeeklyStep,
} from './emerging.js';
