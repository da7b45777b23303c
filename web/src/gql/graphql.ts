/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date (Swedish local day), ISO 8601: 2026-11-26. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with a time-zone offset, e.g. 2026-11-26T18:30:00+01:00. Answers are in UTC. */
  DateTime: { input: string; output: string; }
  /** A GeoJSON FeatureCollection (RFC 7946) in WGS 84, for drawing a layer; output only. */
  FeatureCollection: { input: import('../types/geojson').FeatureCollection<import('../types/geojson').Geometry, Record<string, unknown>>; output: import('../types/geojson').FeatureCollection<import('../types/geojson').Geometry, Record<string, unknown>>; }
  /** A GeoJSON geometry (RFC 7946) in WGS 84 longitude/latitude: Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon. Input is checked for type, coordinate ranges, closed rings, a maximum vertex count and (on write) topological validity. */
  GeoJSON: { input: import('../types/geojson').Geometry; output: import('../types/geojson').Geometry; }
  /** An ISO 8601 week in Swedish time, e.g. "2026-W47" (Monday 00:00 to the next Monday 00:00); week 53 only in years that have one; years 1900–2199. */
  IsoWeek: { input: string; output: string; }
  /** Any JSON value (the before/after values of an audited change). */
  JSON: { input: unknown; output: unknown; }
};

/** How an activity went in a year: its status, what was done, its figures and a comment; who wrote it and when. */
export type ActivityFollowUp = {
  __typename?: 'ActivityFollowUp';
  activityCode?: Maybe<Scalars['ID']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  /** What was done. */
  done?: Maybe<Scalars['String']['output']>;
  indicators?: Maybe<Array<FollowUpIndicator>>;
  status?: Maybe<FollowUpStatus>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A priority area's activities in a year by the status of their follow-up; `notFollowedUp`: none written yet. */
export type AreaProgress = {
  __typename?: 'AreaProgress';
  activities?: Maybe<Scalars['Int']['output']>;
  areaCode?: Maybe<Scalars['ID']['output']>;
  cancelled?: Maybe<Scalars['Int']['output']>;
  done?: Maybe<Scalars['Int']['output']>;
  notFollowedUp?: Maybe<Scalars['Int']['output']>;
  notStarted?: Maybe<Scalars['Int']['output']>;
  ongoing?: Maybe<Scalars['Int']['output']>;
  paused?: Maybe<Scalars['Int']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type Camera = {
  __typename?: 'Camera';
  /** Field of view, degrees (360: a dome camera). */
  angleDeg?: Maybe<Scalars['Float']['output']>;
  /** Compass bearing it looks along: 0 north, 90 east. */
  directionDeg?: Maybe<Scalars['Float']['output']>;
  /** When it records, as written, e.g. "fre–lör 20–04". */
  hours?: Maybe<Scalars['String']['output']>;
  permitState?: Maybe<CameraPermitState>;
  /** How far it sees usefully, metres. */
  rangeM?: Maybe<Scalars['Float']['output']>;
  /** The wedge it sees, computed in EPSG:3006, as a WGS 84 Polygon. */
  view?: Maybe<Scalars['GeoJSON']['output']>;
};

export type CameraInput = {
  /** Field of view, 1–360 degrees. */
  angleDeg: Scalars['Float']['input'];
  /** Compass bearing, 0 ≤ d < 360 (0 north, 90 east). */
  directionDeg: Scalars['Float']['input'];
  /** When it records, up to 200 characters. */
  hours?: InputMaybe<Scalars['String']['input']>;
  /** Default NOT_APPLIED. */
  permitState?: InputMaybe<CameraPermitState>;
  /** 1–500 metres. */
  rangeM: Scalars['Float']['input'];
};

/** Camera surveillance by a municipality needs a permit: a camera is in progress or done only with GRANTED. */
export type CameraPermitState =
  | 'APPLIED'
  | 'EXPIRED'
  | 'GRANTED'
  | 'NOT_APPLIED'
  | 'REFUSED';

export type CategoryFigure = {
  __typename?: 'CategoryFigure';
  category?: Maybe<IncidentCategory>;
  /** count − the average of the four weeks before. */
  change?: Maybe<Scalars['Float']['output']>;
  count?: Maybe<Scalars['Int']['output']>;
  previousFourWeeksAverage?: Maybe<Scalars['Float']['output']>;
  /** Null when the year before has no such week (week 53). */
  sameWeekLastYear?: Maybe<Scalars['Int']['output']>;
};

/** A citizen promise (medborgarlöfte) of a year, and how it was kept. */
export type CitizenPromise = {
  __typename?: 'CitizenPromise';
  /** Empty: the whole municipality. */
  districtIds?: Maybe<Array<Scalars['ID']['output']>>;
  id?: Maybe<Scalars['ID']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  promise?: Maybe<Scalars['String']['output']>;
  status?: Maybe<FollowUpStatus>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A district (stadsdel) of the municipality, with its boundary. */
export type District = {
  __typename?: 'District';
  /** Activities of the plans that name this district (and, with includeMunicipalityWide, those for the whole municipality). */
  activities?: Maybe<Array<PlanActivity>>;
  /** True when the boundary is an approximate demo polygon, not an official boundary. */
  approximate?: Maybe<Scalars['Boolean']['output']>;
  /** Area in km², computed in SWEREF 99 TM. */
  areaKm2?: Maybe<Scalars['Float']['output']>;
  /** Official district code (KOD), when imported from official data. */
  code?: Maybe<Scalars['String']['output']>;
  /** Boundary in WGS 84 (MultiPolygon). */
  geometry?: Maybe<Scalars['GeoJSON']['output']>;
  /** Hot spots of an ISO week in this district. */
  hotspots?: Maybe<HotspotAnalysis>;
  /** Stable identifier, e.g. "skaggetorp". */
  id?: Maybe<Scalars['ID']['output']>;
  /** Reported incidents in the district in the period [from, to). */
  incidentCount?: Maybe<IncidentCount>;
  /** Incidents in a calendar year per 1,000 inhabitants (the steering group's overview). */
  incidentRate?: Maybe<IncidentRate>;
  /** The yearly assessments of criminal influence in the district (steering group and Police only). */
  influenceAssessments?: Maybe<Array<InfluenceAssessment>>;
  /** A point inside the district for its label. */
  labelPoint?: Maybe<Scalars['GeoJSON']['output']>;
  /** The district's measures you may see within a map view: see MapLayer. */
  measureLayer?: Maybe<MapLayer>;
  measures?: Maybe<Array<Measure>>;
  /** Measures you may see that were done in a calendar year (the steering group's overview). */
  measuresDoneInYear?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** The latest population figure; null when none is known. */
  population?: Maybe<DistrictPopulation>;
  /** The latest population figure as a number (other subgraphs compute rates from it). */
  populationCount?: Maybe<Scalars['Int']['output']>;
  /** Shifts of presence in the district during an ISO week (those that overlap it), by start. */
  presence?: Maybe<Array<PresenceShift>>;
  /** Hours of presence in the district in an ISO week, planned and realised. */
  presenceHours?: Maybe<PresenceHours>;
  /** Hours of presence in the district in a calendar year (Swedish time), planned and realised. */
  presenceHoursInYear?: Maybe<PresenceHours>;
  /** The week's shifts in the district within a map view: see MapLayer. */
  presenceLayer?: Maybe<MapLayer>;
  /** A priority district of the current plan (Skäggetorp, Ryd, Berga, City). */
  priority?: Maybe<Scalars['Boolean']['output']>;
  /** The district's situational picture (lägesbild) for an ISO week. */
  situation?: Maybe<Situation>;
  /** "demo" or the import the boundary came from. */
  source?: Maybe<Scalars['String']['output']>;
  /** Safety survey results by year, optionally for one indicator. */
  surveyResults?: Maybe<Array<SurveyResult>>;
  venues?: Maybe<Array<Venue>>;
  /** Incidents per ISO week for the weeks ending with `lastWeek` (a trend), oldest first. */
  weeklyIncidents?: Maybe<Array<WeekCount>>;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictActivitiesArgs = {
  includeMunicipalityWide?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictHotspotsArgs = {
  cellSizeM?: InputMaybe<Scalars['Int']['input']>;
  trendWeeks?: InputMaybe<Scalars['Int']['input']>;
  week: Scalars['IsoWeek']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictIncidentCountArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictIncidentRateArgs = {
  year: Scalars['Int']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictMeasureLayerArgs = {
  kinds?: InputMaybe<Array<MeasureKind>>;
  statuses?: InputMaybe<Array<MeasureStatus>>;
  view: MapViewInput;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictMeasuresArgs = {
  status?: InputMaybe<MeasureStatus>;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictMeasuresDoneInYearArgs = {
  year: Scalars['Int']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictPresenceArgs = {
  week: Scalars['IsoWeek']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictPresenceHoursArgs = {
  week: Scalars['IsoWeek']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictPresenceHoursInYearArgs = {
  year: Scalars['Int']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictPresenceLayerArgs = {
  view: MapViewInput;
  week: Scalars['IsoWeek']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictSituationArgs = {
  week: Scalars['IsoWeek']['input'];
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictSurveyResultsArgs = {
  indicator?: InputMaybe<SurveyIndicator>;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictVenuesArgs = {
  kind?: InputMaybe<VenueKind>;
};


/** A district (stadsdel) of the municipality, with its boundary. */
export type DistrictWeeklyIncidentsArgs = {
  lastWeek: Scalars['IsoWeek']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
};

/** A district's population in a year, for rates; the demo's figures are rounded guesses (approximate). */
export type DistrictPopulation = {
  __typename?: 'DistrictPopulation';
  approximate?: Maybe<Scalars['Boolean']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Int']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type EffectZoneCounts = {
  __typename?: 'EffectZoneCounts';
  /** Null while the "after" window is not over, for roles that do not see single incidents. */
  after?: Maybe<IncidentCount>;
  before?: Maybe<IncidentCount>;
};

/** A cell's pattern over the weeks (as in ArcGIS's Emerging Hot Spot Analysis), for hot or cold spots. */
export type EmergingCategory =
  | 'CONSECUTIVE'
  | 'DIMINISHING'
  | 'HISTORICAL'
  | 'INTENSIFYING'
  | 'NEW'
  | 'NONE'
  | 'OSCILLATING'
  | 'PERSISTENT'
  | 'SPORADIC';

/** A figure the partners chose to follow an activity by, e.g. "Tillsyner" 42 "st". */
export type FollowUpIndicator = {
  __typename?: 'FollowUpIndicator';
  name?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

export type FollowUpIndicatorInput = {
  name: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

export type FollowUpInput = {
  /** Up to 2,000 characters; no personal data. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** What was done, up to 4,000 characters; no personal data. */
  done?: InputMaybe<Scalars['String']['input']>;
  /** At most 20, each named once. */
  indicators?: InputMaybe<Array<FollowUpIndicatorInput>>;
  status: FollowUpStatus;
};

export type FollowUpStatus =
  /** Avbruten */
  | 'CANCELLED'
  /** Genomförd */
  | 'DONE'
  /** Inte påbörjad */
  | 'NOT_STARTED'
  /** Pågår */
  | 'ONGOING'
  /** Vilande */
  | 'PAUSED';

/** Hot and cold spots of one ISO week in a hexagon grid, with the method stated. */
export type HotspotAnalysis = {
  __typename?: 'HotspotAnalysis';
  /** Hexagon width across the flats, metres (EPSG:3006). */
  cellSizeM?: Maybe<Scalars['Int']['output']>;
  cells?: Maybe<Array<HotspotCell>>;
  correction?: Maybe<Scalars['String']['output']>;
  districtIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Incidents with a place, in the week (events known only to an area are not in the grid). */
  incidentsCounted?: Maybe<Scalars['Int']['output']>;
  /** A hot spot rests on at least this many incidents in the cell and its ring. */
  minHotNeighbourhood?: Maybe<Scalars['Int']['output']>;
  /** The method in words (English), for readers of the API; the web states it in its own language from the figures. */
  neighbourhood?: Maybe<Scalars['String']['output']>;
  /** "ok", "no-variance" (all cells equal) or "too-few-cells". */
  status?: Maybe<Scalars['String']['output']>;
  /** Cells whose centre lies in the districts, empty ones included. */
  studyAreaCells?: Maybe<Scalars['Int']['output']>;
  trendWeeks?: Maybe<Scalars['Int']['output']>;
  week?: Maybe<Scalars['IsoWeek']['output']>;
  weekEnd?: Maybe<Scalars['DateTime']['output']>;
  weekStart?: Maybe<Scalars['DateTime']['output']>;
};

/** One hexagon of the grid with a significant class or an emerging pattern. */
export type HotspotCell = {
  __typename?: 'HotspotCell';
  class?: Maybe<HotspotClass>;
  /** 99, 95, 90, or 0 when not significant. */
  confidence?: Maybe<Scalars['Int']['output']>;
  /** Incidents with a place in the cell in the week. */
  count?: Maybe<Scalars['Int']['output']>;
  districtId?: Maybe<Scalars['ID']['output']>;
  emerging?: Maybe<EmergingCategory>;
  /** The hexagon in WGS 84. */
  geometry?: Maybe<Scalars['GeoJSON']['output']>;
  /** "<ISO week>:<cell size>:<q>:<r>". */
  id?: Maybe<Scalars['ID']['output']>;
  /** When the week's incidents in the cell happened. */
  incidentTimes?: Maybe<Array<Scalars['DateTime']['output']>>;
  /** Axial grid coordinates "q:r" in EPSG:3006. */
  key?: Maybe<Scalars['ID']['output']>;
  /** Incidents in the cell and its ring of neighbours; a cell is called hot only when this is at least 3. */
  neighbourhoodCount?: Maybe<Scalars['Int']['output']>;
  /** Two-sided p-value of z, before correction. */
  p?: Maybe<Scalars['Float']['output']>;
  /** Presence at the cell in its week (or in `week`, e.g. the plan for the next one), against its incidents' hours. */
  presence?: Maybe<HotspotPresence>;
  /** Mann-Kendall trend of the weekly z: up, down or none. */
  trend?: Maybe<Scalars['String']['output']>;
  /** The test behind `trend`; null with one week. */
  trendTest?: Maybe<MannKendallTest>;
  /** The cell's weeks, oldest first, ending with the week analysed (one with trendWeeks 1). */
  weeks?: Maybe<Array<HotspotCellWeek>>;
  z?: Maybe<Scalars['Float']['output']>;
};


/** One hexagon of the grid with a significant class or an emerging pattern. */
export type HotspotCellPresenceArgs = {
  week?: InputMaybe<Scalars['IsoWeek']['input']>;
};

/** One week of a cell's series: what its emerging pattern and trend are computed from. */
export type HotspotCellWeek = {
  __typename?: 'HotspotCellWeek';
  /** That week's class, with the same rules as the week analysed. */
  class?: Maybe<HotspotClass>;
  count?: Maybe<Scalars['Int']['output']>;
  neighbourhoodCount?: Maybe<Scalars['Int']['output']>;
  /** Two-sided p-value of z, before correction. */
  p?: Maybe<Scalars['Float']['output']>;
  week?: Maybe<Scalars['IsoWeek']['output']>;
  /** That week's Gi* z-score. */
  z?: Maybe<Scalars['Float']['output']>;
};

/** Gi* class after the false-discovery-rate correction. */
export type HotspotClass =
  | 'COLD_90'
  | 'COLD_95'
  | 'COLD_99'
  | 'HOT_90'
  | 'HOT_95'
  | 'HOT_99'
  | 'NONE';

/** Whether presence met a hot-spot cell's incidents: shifts within 100 m of the cell in the week, and its incidents that fell in an hour of the week (Swedish time) when one of them was there. */
export type HotspotPresence = {
  __typename?: 'HotspotPresence';
  /** Incidents in an hour of the week with presence at the cell. */
  covered?: Maybe<Scalars['Int']['output']>;
  /** Any presence at the cell that week. */
  hasPresence?: Maybe<Scalars['Boolean']['output']>;
  incidents?: Maybe<Scalars['Int']['output']>;
  shifts?: Maybe<Array<PresenceShift>>;
  /** Hours of the week with incidents and no presence. */
  uncoveredHours?: Maybe<Array<PresenceHourOfWeek>>;
  /** The week whose presence is held against the cell's incidents. */
  week?: Maybe<Scalars['IsoWeek']['output']>;
};

/** Incidents in one hour of the week (Swedish time), summed over the window. */
export type HourOfWeekCount = {
  __typename?: 'HourOfWeekCount';
  count?: Maybe<Scalars['Int']['output']>;
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek?: Maybe<Scalars['Int']['output']>;
  /** 0–23: 22 means 22:00–22:59. */
  hour?: Maybe<Scalars['Int']['output']>;
};

export type ImportDistrictCount = {
  __typename?: 'ImportDistrictCount';
  count?: Maybe<Scalars['Int']['output']>;
  districtId?: Maybe<Scalars['ID']['output']>;
};

export type ImportInvalidItem = {
  __typename?: 'ImportInvalidItem';
  /** The event's fields that are missing or wrong, e.g. "location.gps"; empty when the item is not an event object. */
  fields?: Maybe<Array<Scalars['String']['output']>>;
  index?: Maybe<Scalars['Int']['output']>;
  /** What is wrong, in English words (for the command line and logs). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A reported incident (inrapporterad händelse). */
export type Incident = {
  __typename?: 'Incident';
  /** For an event known only to an area: which (e.g. "Linköpings kommun"). */
  areaName?: Maybe<Scalars['String']['output']>;
  category?: Maybe<IncidentCategory>;
  description?: Maybe<Scalars['String']['output']>;
  districtId?: Maybe<Scalars['ID']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every change of the incident, oldest first (for those who report and correct incidents). */
  history?: Maybe<Array<IncidentChange>>;
  id?: Maybe<Scalars['ID']['output']>;
  /** A Point, only when precision is EXACT. */
  location?: Maybe<Scalars['GeoJSON']['output']>;
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The source's own type, e.g. the Police's "Misshandel". */
  originalType?: Maybe<Scalars['String']['output']>;
  precision?: Maybe<LocationPrecision>;
  /** Uncertainty of the point, in metres. */
  radiusM?: Maybe<Scalars['Int']['output']>;
  reportedBy?: Maybe<Scalars['String']['output']>;
  /** "manual", "import" (source_id names the source) or "demo" (synthetic). */
  source?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** Incident categories (kategorier) of the EST method. */
export type IncidentCategory =
  /** Inbrott */
  | 'BURGLARY'
  /** Narkotikahandel */
  | 'DRUG_DEALING'
  /** Brand/anlagd brand */
  | 'FIRE'
  /** Klotter */
  | 'GRAFFITI'
  /** Nedskräpning */
  | 'LITTERING'
  /** Övrigt */
  | 'OTHER'
  /** Ordningsstörning */
  | 'PUBLIC_DISORDER'
  /** Stenkastning */
  | 'STONE_THROWING'
  /** Hot/våld */
  | 'THREAT_VIOLENCE'
  /** Otrygg plats */
  | 'UNSAFE_PLACE'
  /** Skadegörelse */
  | 'VANDALISM'
  /** Samling av ungdomar */
  | 'YOUTH_GATHERING';

/** One change of an incident: who, when, and which fields changed from what to what. */
export type IncidentChange = {
  __typename?: 'IncidentChange';
  /** "create", "update" or "remove". */
  action?: Maybe<Scalars['String']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  at?: Maybe<Scalars['DateTime']['output']>;
  changes?: Maybe<Array<IncidentFieldChange>>;
  reason?: Maybe<Scalars['String']['output']>;
};

/** A count as your role may see it. Exact where you may see every incident counted; otherwise the sum of district-weeks (ISO weeks starting within the period) that hold no incident you cannot see or at least 5, so a count under 5 is never shown and cannot be worked out from other answers. */
export type IncidentCount = {
  __typename?: 'IncidentCount';
  /** The count is at least this (the published part). */
  atLeast?: Maybe<Scalars['Int']['output']>;
  /** True when every incident in the period is counted one by one. */
  exact?: Maybe<Scalars['Boolean']['output']>;
  /** District-weeks left out because they held 1–4 incidents (shown as "under 5"). */
  hiddenCells?: Maybe<Scalars['Int']['output']>;
  /** Why `value` is null: district-weeks under 5 were hidden, or no ISO week starts in the period (published counts are whole weeks). */
  missing?: Maybe<IncidentCountMissing>;
  /** The count, when nothing was hidden. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** Why a count has no value for your role. */
export type IncidentCountMissing =
  /** Some district-weeks held 1–4 incidents you may not see one by one: the count is at least `atLeast`. */
  | 'HIDDEN_CELLS'
  /** No ISO week starts in the period: counts for your role are sums of whole weeks, so there is none to give. */
  | 'NO_WEEK_STARTS';

export type IncidentFieldChange = {
  __typename?: 'IncidentFieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  /** occurredAt, category, description, location … */
  field?: Maybe<Scalars['String']['output']>;
};

export type IncidentInput = {
  category: IncidentCategory;
  /** Up to 1000 characters, no personal data. */
  description?: InputMaybe<Scalars['String']['input']>;
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A Point inside the municipality. */
  location: Scalars['GeoJSON']['input'];
  /** When it happened; not in the future. */
  occurredAt: Scalars['DateTime']['input'];
  /** How uncertain the point is, in metres (0–5,000). */
  radiusM?: InputMaybe<Scalars['Int']['input']>;
};

/** Incidents in a calendar year (Swedish time) per 1,000 inhabitants, from the district's latest population figure. */
export type IncidentRate = {
  __typename?: 'IncidentRate';
  count?: Maybe<IncidentCount>;
  /** Null without a population figure, or when the count is not complete for your role (some district-weeks under 5 hidden). */
  perThousand?: Maybe<Scalars['Float']['output']>;
  /** The rate is at least this: from the published part of the count (equal to perThousand when nothing is hidden). */
  perThousandAtLeast?: Maybe<Scalars['Float']['output']>;
  population?: Maybe<Scalars['Int']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** The yearly assessment of criminal influence in a district (6.1.1): stage 1 (none seen) to 4 (systematic). Restricted. */
export type InfluenceAssessment = {
  __typename?: 'InfluenceAssessment';
  districtId?: Maybe<Scalars['ID']['output']>;
  stage?: Maybe<Scalars['Int']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** An inspection (tillsyn) of licensed premises. */
export type Inspection = {
  __typename?: 'Inspection';
  decision?: Maybe<InspectionDecision>;
  findings?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  inspectedBy?: Maybe<Inspector>;
  inspectedOn?: Maybe<Scalars['Date']['output']>;
  /** The Police and the municipality together. */
  joint?: Maybe<Scalars['Boolean']['output']>;
  kind?: Maybe<InspectionKind>;
};

/** What an inspection led to, mildest first. */
export type InspectionDecision =
  /** Ingen åtgärd */
  | 'NONE'
  /** Erinran */
  | 'REMARK'
  /** Återkallelse */
  | 'REVOCATION'
  /** Varning */
  | 'WARNING';

export type InspectionInput = {
  decision: InspectionDecision;
  /** What was found, up to 2,000 characters; no personal data. */
  findings?: InputMaybe<Scalars['String']['input']>;
  inspectedBy: Inspector;
  /** The day of the inspection; not in the future. */
  inspectedOn: Scalars['Date']['input'];
  kind: InspectionKind;
};

export type InspectionKind =
  /** Inre tillsyn */
  | 'INTERNAL_CONTROL'
  /** Besök på plats */
  | 'ON_SITE';

/** Who inspected: the Police, the municipality, or both together (samordnad tillsyn). */
export type Inspector =
  /** Samordnad tillsyn */
  | 'JOINT'
  /** Kommunen */
  | 'MUNICIPALITY'
  /** Polisen */
  | 'POLICE';

/** An alcohol licence (serveringstillstånd). */
export type Licence = {
  __typename?: 'Licence';
  id?: Maybe<Scalars['ID']['output']>;
  kind?: Maybe<LicenceKind>;
  /** Latest serving time on ordinary nights, "HH:MM" Swedish time. */
  servesUntil?: Maybe<Scalars['String']['output']>;
  /** Latest serving time on Friday and Saturday nights. */
  servesUntilWeekend?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Null: until further notice. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type LicenceInput = {
  kind: LicenceKind;
  /** Latest serving time on ordinary nights, "HH:MM", 05:00 at the latest. */
  servesUntil: Scalars['String']['input'];
  /** The same on Friday and Saturday nights. */
  servesUntilWeekend: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  /** Empty: until further notice. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type LicenceKind =
  /** Stadigvarande, slutet sällskap */
  | 'PERMANENT_PRIVATE'
  /** Stadigvarande, allmänheten */
  | 'PERMANENT_PUBLIC'
  /** Tillfälligt, slutet sällskap */
  | 'TEMPORARY_PRIVATE'
  /** Tillfälligt, allmänheten */
  | 'TEMPORARY_PUBLIC';

export type Lighting = {
  __typename?: 'Lighting';
  /** New light, brighter light or repair. */
  kind?: Maybe<LightingKind>;
  luxAfter?: Maybe<Scalars['Float']['output']>;
  /** Measured illuminance before, lux. */
  luxBefore?: Maybe<Scalars['Float']['output']>;
};

export type LightingInput = {
  kind?: InputMaybe<LightingKind>;
  luxAfter?: InputMaybe<Scalars['Float']['input']>;
  /** 0–100,000 lux. */
  luxBefore?: InputMaybe<Scalars['Float']['input']>;
};

export type LightingKind =
  | 'BRIGHTER'
  | 'NEW'
  | 'REPAIR';

/** How precisely the place is known. Only EXACT incidents have a point location. */
export type LocationPrecision =
  | 'COUNTY'
  | 'DISTRICT'
  | 'EXACT'
  | 'MUNICIPALITY';

/** Mann-Kendall test of the weekly z-scores, tie-corrected variance, continuity-corrected z, two-sided p. */
export type MannKendallTest = {
  __typename?: 'MannKendallTest';
  /** Weeks in the series. */
  n?: Maybe<Scalars['Int']['output']>;
  p?: Maybe<Scalars['Float']['output']>;
  /** S = Σ_{i<j} sgn(z_j − z_i). */
  s?: Maybe<Scalars['Int']['output']>;
  /** Kendall's tau-a, S / (n(n − 1)/2). */
  tau?: Maybe<Scalars['Float']['output']>;
  /** Sizes of the groups of equal z-scores (2 or more), ascending. */
  tieGroups?: Maybe<Array<Scalars['Int']['output']>>;
  /** Var(S) with the correction for tied z-scores. */
  variance?: Maybe<Scalars['Float']['output']>;
  z?: Maybe<Scalars['Float']['output']>;
};

/** A map layer for one view. Up to 300 objects in view come one by one; above that, below zoom 18, as clusters: one Point per 64 px square of the Web Mercator grid with properties cluster (true), count, kind (the most common), kinds (count per kind) and bbox (the members' bounds, to zoom to). Ask again when the view changes. */
export type MapLayer = {
  __typename?: 'MapLayer';
  clustered?: Maybe<Scalars['Boolean']['output']>;
  features?: Maybe<Scalars['FeatureCollection']['output']>;
  /** Objects in view that match. */
  total?: Maybe<Scalars['Int']['output']>;
};

/** What the map shows: its bounds in WGS 84 degrees and its zoom (MapLibre's). */
export type MapViewInput = {
  east: Scalars['Float']['input'];
  north: Scalars['Float']['input'];
  south: Scalars['Float']['input'];
  west: Scalars['Float']['input'];
  zoom: Scalars['Float']['input'];
};

/** A physical-environment measure (åtgärd i den fysiska miljön): lighting, camera, signage … */
export type Measure = {
  __typename?: 'Measure';
  /** Only for cameras. */
  camera?: Maybe<Camera>;
  /** Estimated cost, Swedish kronor. */
  costEstimateSek?: Maybe<Scalars['Int']['output']>;
  /** The day it was decided. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Derived from the geometry. */
  districtId?: Maybe<Scalars['ID']['output']>;
  /** The day it was done: its effect is measured before versus after this day. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** Incidents near the measure before versus after it was done, against a control area; null until it is done. */
  effect?: Maybe<MeasureEffect>;
  evaluatedOn?: Maybe<Scalars['Date']['output']>;
  /** Point, LineString or Polygon in WGS 84. */
  geometry?: Maybe<Scalars['GeoJSON']['output']>;
  /** Every change, oldest first. */
  history?: Maybe<Array<MeasureChange>>;
  id?: Maybe<Scalars['ID']['output']>;
  kind?: Maybe<MeasureKind>;
  /** Only for lighting measures. */
  lighting?: Maybe<Lighting>;
  motivation?: Maybe<MeasureMotivation>;
  /** The statuses it may move to next. */
  nextStatuses?: Maybe<Array<MeasureStatus>>;
  rejectedOn?: Maybe<Scalars['Date']['output']>;
  responsibleOrg?: Maybe<Scalars['String']['output']>;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<MeasureStatus>;
  /** True for generated demo measures. */
  synthetic?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};


/** A physical-environment measure (åtgärd i den fysiska miljön): lighting, camera, signage … */
export type MeasureEffectArgs = {
  radiusM?: InputMaybe<Scalars['Int']['input']>;
  weeks?: InputMaybe<Scalars['Int']['input']>;
};

/** One change in the measures service: who, what, when, and the values before and after. */
export type MeasureAuditEntry = {
  __typename?: 'MeasureAuditEntry';
  /** "create", "withdraw", … */
  action?: Maybe<Scalars['String']['output']>;
  /** The subject of the token that made the change, or "system". */
  actor?: Maybe<Scalars['String']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  actorRoles?: Maybe<Array<Scalars['String']['output']>>;
  after?: Maybe<Scalars['JSON']['output']>;
  at?: Maybe<Scalars['DateTime']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  entity?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
};

/** One change of a measure: who, when, what. */
export type MeasureChange = {
  __typename?: 'MeasureChange';
  /** "create", "update", "status:decided" …, "withdraw". */
  action?: Maybe<Scalars['String']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The status after the change. */
  status?: Maybe<MeasureStatus>;
};

/** Incidents with a place near a measure before versus after the day it was done, against a control area: the target (within radiusM of the measure), a buffer ring out to 2 × radiusM (where crime could be displaced to) and the rest of the district(s) the measure lies in. Windows of `weeks` weeks on each side; the day itself is in neither. */
export type MeasureEffect = {
  __typename?: 'MeasureEffect';
  /** False while the "after" window is still running. */
  afterComplete?: Maybe<Scalars['Boolean']['output']>;
  afterFrom?: Maybe<Scalars['DateTime']['output']>;
  afterTo?: Maybe<Scalars['DateTime']['output']>;
  beforeFrom?: Maybe<Scalars['DateTime']['output']>;
  beforeTo?: Maybe<Scalars['DateTime']['output']>;
  buffer?: Maybe<EffectZoneCounts>;
  control?: Maybe<EffectZoneCounts>;
  controlChange?: Maybe<Scalars['Float']['output']>;
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** True when every incident counted is one you may see. */
  exact?: Maybe<Scalars['Boolean']['output']>;
  radiusM?: Maybe<Scalars['Int']['output']>;
  /** (target after ÷ before) ÷ (control after ÷ before); under 1 means fewer than the control area's trend predicts. */
  relativeChange?: Maybe<Scalars['Float']['output']>;
  /** Bowers & Johnson: target ÷ control, after minus before. */
  successMeasure?: Maybe<Scalars['Float']['output']>;
  target?: Maybe<EffectZoneCounts>;
  /** Change of the daily rate in the target, as a fraction. */
  targetChange?: Maybe<Scalars['Float']['output']>;
  /** Weighted displacement quotient: above 0 benefits spread to the buffer, below 0 displacement; read it only when successMeasure < 0. */
  wdq?: Maybe<Scalars['Float']['output']>;
  weeks?: Maybe<Scalars['Int']['output']>;
};

/** A measure as proposed or edited. Its district is the one its geometry lies in. */
export type MeasureInput = {
  /** Required for CAMERA, refused for other kinds. */
  camera?: InputMaybe<CameraInput>;
  /** Estimated cost in kronor, 0 or more. */
  costEstimateSek?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 2,000 characters, no personal data. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Point, LineString or Polygon inside a district; a camera is a Point. */
  geometry: Scalars['GeoJSON']['input'];
  kind: MeasureKind;
  /** Only for LIGHTING. */
  lighting?: InputMaybe<LightingInput>;
  motivation?: InputMaybe<MeasureMotivationInput>;
  /** Who carries it out, up to 200 characters. */
  responsibleOrg?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters, no personal data. */
  title: Scalars['String']['input'];
};

export type MeasureKind =
  /** Kamerabevakning */
  | 'CAMERA'
  /** Stängsel */
  | 'FENCING'
  /** Klottersanering */
  | 'GRAFFITI_REMOVAL'
  /** Belysning */
  | 'LIGHTING'
  /** Övrigt */
  | 'OTHER'
  /** Skyltning */
  | 'SIGNAGE'
  /** Röjning av vegetation */
  | 'VEGETATION_CLEARING';

/** What prompted the measure: a weekly picture, hot-spot cells, incidents. */
export type MeasureMotivation = {
  __typename?: 'MeasureMotivation';
  /** Hot-spot cells, "q:r" in the 150 m grid. */
  cells?: Maybe<Array<Scalars['String']['output']>>;
  /** District of that weekly picture. */
  districtId?: Maybe<Scalars['ID']['output']>;
  incidentIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** ISO week of the weekly picture (lägesbild). */
  week?: Maybe<Scalars['String']['output']>;
};

export type MeasureMotivationInput = {
  /** Hot-spot cells, "q:r"; at most 100. */
  cells?: InputMaybe<Array<Scalars['String']['input']>>;
  /** District of that weekly picture. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 200. */
  incidentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ISO week of the weekly picture, e.g. "2026-W47". */
  week?: InputMaybe<Scalars['String']['input']>;
};

/** proposed → decided → in progress → done → evaluated; or rejected (from proposed or decided). */
export type MeasureStatus =
  | 'DECIDED'
  | 'DONE'
  | 'EVALUATED'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'REJECTED';

export type Mutation = {
  __typename?: 'Mutation';
  addCitizenPromise?: Maybe<CitizenPromise>;
  /** Writes the year's assessment of criminal influence in a district (again: replaces it; the audit log keeps both). */
  assessInfluence?: Maybe<InfluenceAssessment>;
  /** Cancels a shift (or one occurrence of a recurring plan); the history keeps it with the reason. */
  cancelPresence?: Maybe<Scalars['Boolean']['output']>;
  /** Ends a recurring plan: no more occurrences are expanded; realised ones stay. */
  cancelPresenceRule?: Maybe<Scalars['Boolean']['output']>;
  /** Moves a measure along proposed → decided → in progress → done → evaluated (or to rejected), on a day (default today). */
  changeMeasureStatus?: Maybe<Measure>;
  /** Corrects a reported incident; the audit log keeps the values before and after. */
  correctIncident?: Maybe<Incident>;
  /** Registers a venue; its district is the one its point lies in. */
  createVenue?: Maybe<Venue>;
  followUpCitizenPromise?: Maybe<CitizenPromise>;
  /** Records an alcohol licence granted to licensed premises. */
  grantLicence?: Maybe<Licence>;
  /** Imports a file of the Police's open events (the /api/events JSON, as text), as `npm run import -- polisen` does. */
  importPolisenEvents?: Maybe<PolisenImportReport>;
  /** Imports safety survey results from CSV (see data/surveys/README.md): every bad row is reported and then nothing is written. */
  importSurveyResults?: Maybe<SurveyImportReport>;
  /** Records that a venue joined Krogar mot knark (licensed premises) or 100 % ren hårdträning (gyms). */
  joinNetwork?: Maybe<NetworkMembership>;
  /** Records that a venue left a network; the membership keeps both dates. */
  leaveNetwork?: Maybe<NetworkMembership>;
  planPresence?: Maybe<PresenceShift>;
  planRecurringPresence?: Maybe<PresenceRule>;
  /** Proposes a measure; its district is the one its geometry lies in. */
  proposeMeasure?: Maybe<Measure>;
  /** Publishes the week's draft: its figures are frozen and it can no longer change. */
  publishSituation?: Maybe<Situation>;
  /** Writes an activity's follow-up for a year (again: replaces it; the audit log keeps both). */
  recordFollowUp?: Maybe<ActivityFollowUp>;
  /** Records an inspection of licensed premises (the licensing unit, the Police, or an admin). */
  recordInspection?: Maybe<Inspection>;
  /** Records that a planned shift (or an occurrence of a recurring plan) took place. */
  recordPresenceRealised?: Maybe<PresenceShift>;
  /** Records an Ansvarsfull alkoholservering session held for a licensed venue's staff. */
  recordTraining?: Maybe<TrainingSession>;
  /** Removes an incident from every list and count; the audit log keeps it with the reason. */
  removeIncident?: Maybe<Scalars['Boolean']['output']>;
  /** Reports an incident at a place (its district is derived from the point). */
  reportIncident?: Maybe<Incident>;
  /** Writes the text of a week's draft; after publication this starts a new version (a correction). */
  saveSituationDraft?: Maybe<Situation>;
  /** Changes a measure's details (not its status); the history keeps the values before and after. */
  updateMeasure?: Maybe<Measure>;
  /** Changes a venue's name, kind or place; the history keeps the values before and after. */
  updateVenue?: Maybe<Venue>;
  /** Withdraws a measure: it disappears from lists, and the audit log keeps it with the reason. */
  withdrawMeasure?: Maybe<Scalars['Boolean']['output']>;
};


export type MutationAddCitizenPromiseArgs = {
  districtIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  planId: Scalars['ID']['input'];
  promise: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationAssessInfluenceArgs = {
  districtId: Scalars['ID']['input'];
  stage: Scalars['Int']['input'];
  summary: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationCancelPresenceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelPresenceRuleArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangeMeasureStatusArgs = {
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  status: MeasureStatus;
};


export type MutationCorrectIncidentArgs = {
  id: Scalars['ID']['input'];
  input: IncidentInput;
};


export type MutationCreateVenueArgs = {
  input: VenueInput;
};


export type MutationFollowUpCitizenPromiseArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
  status: FollowUpStatus;
};


export type MutationGrantLicenceArgs = {
  input: LicenceInput;
  venueId: Scalars['ID']['input'];
};


export type MutationImportPolisenEventsArgs = {
  json: Scalars['String']['input'];
};


export type MutationImportSurveyResultsArgs = {
  csv: Scalars['String']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};


export type MutationJoinNetworkArgs = {
  network: VenueNetwork;
  on: Scalars['Date']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationLeaveNetworkArgs = {
  network: VenueNetwork;
  on: Scalars['Date']['input'];
  venueId: Scalars['ID']['input'];
};


export type MutationPlanPresenceArgs = {
  input: PresenceInput;
};


export type MutationPlanRecurringPresenceArgs = {
  input: PresenceRuleInput;
};


export type MutationProposeMeasureArgs = {
  input: MeasureInput;
};


export type MutationPublishSituationArgs = {
  districtId: Scalars['ID']['input'];
  week: Scalars['IsoWeek']['input'];
};


export type MutationRecordFollowUpArgs = {
  activityCode: Scalars['ID']['input'];
  input: FollowUpInput;
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationRecordInspectionArgs = {
  input: InspectionInput;
  venueId: Scalars['ID']['input'];
};


export type MutationRecordPresenceRealisedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordTrainingArgs = {
  input: TrainingInput;
  venueId: Scalars['ID']['input'];
};


export type MutationRemoveIncidentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReportIncidentArgs = {
  input: IncidentInput;
};


export type MutationSaveSituationDraftArgs = {
  districtId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  week: Scalars['IsoWeek']['input'];
};


export type MutationUpdateMeasureArgs = {
  id: Scalars['ID']['input'];
  input: MeasureInput;
};


export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: VenueInput;
};


export type MutationWithdrawMeasureArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Incidents with a place within a radius of a venue, in a stated window. Events known only to a district or the municipality have no place and are not counted. Roles that see single incidents get the exact counts and the hours of the week; other roles get counts built from published cells (calendar quarter × late or other hours) over the four whole quarters up to the week asked for, at the default radius. */
export type NearbyIncidents = {
  __typename?: 'NearbyIncidents';
  /** All 168 hours of the week, Monday 00 first; null for roles that do not see single incidents. */
  byHour?: Maybe<Array<HourOfWeekCount>>;
  exact?: Maybe<Scalars['Boolean']['output']>;
  /** Start of the window (inclusive). */
  from?: Maybe<Scalars['DateTime']['output']>;
  /** Incidents between 22:00 and 04:59. */
  lateHours?: Maybe<IncidentCount>;
  radiusM?: Maybe<Scalars['Int']['output']>;
  /** End of the window (exclusive). */
  to?: Maybe<Scalars['DateTime']['output']>;
  total?: Maybe<IncidentCount>;
};

/** Membership of Krogar mot knark (restaurants) or 100 % ren hårdträning (gyms). */
export type NetworkMembership = {
  __typename?: 'NetworkMembership';
  id?: Maybe<Scalars['ID']['output']>;
  joinedOn?: Maybe<Scalars['Date']['output']>;
  leftOn?: Maybe<Scalars['Date']['output']>;
  network?: Maybe<VenueNetwork>;
};

/** An organisation the plan works with: a municipal unit, an authority, a company (property owners) or an association. */
export type Organisation = {
  __typename?: 'Organisation';
  id?: Maybe<Scalars['ID']['output']>;
  /** municipality, police, authority, region, company or association. */
  kind?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** An activity plan (aktivitetsplan) of the municipality and the Police, as imported from its plan file. */
export type Plan = {
  __typename?: 'Plan';
  activities?: Maybe<Array<PlanActivity>>;
  agreement?: Maybe<PlanAgreement>;
  areas?: Maybe<Array<PriorityArea>>;
  /** Citizen promises made under the plan, with their follow-up (public). */
  citizenPromises?: Maybe<Array<CitizenPromise>>;
  /** The overall goal of the cooperation. */
  goal?: Maybe<Scalars['String']['output']>;
  groups?: Maybe<Array<PlanGroup>>;
  id?: Maybe<Scalars['ID']['output']>;
  parties?: Maybe<Array<Scalars['String']['output']>>;
  periodFrom?: Maybe<Scalars['Date']['output']>;
  periodTo?: Maybe<Scalars['Date']['output']>;
  priorityDistrictIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Per priority area: its activities in a year by the status of their follow-up. */
  progress?: Maybe<Array<AreaProgress>>;
  purpose?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};


/** An activity plan (aktivitetsplan) of the municipality and the Police, as imported from its plan file. */
export type PlanProgressArgs = {
  year: Scalars['Int']['input'];
};

/** One of the plan's activities (6.1.1–6.3.4): its goal as written, who leads it and who takes part. */
export type PlanActivity = {
  __typename?: 'PlanActivity';
  areaCode?: Maybe<Scalars['String']['output']>;
  cadence?: Maybe<PlanCadence>;
  /** E.g. "6.2.2". */
  code?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The districts it concerns; empty: the whole municipality. */
  districtIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Its follow-ups, by year (one per year). */
  followUps?: Maybe<Array<ActivityFollowUp>>;
  /** The goal (mål) as written in the plan. */
  goal?: Maybe<Scalars['String']['output']>;
  /** Who leads or coordinates it. */
  lead?: Maybe<Array<Scalars['String']['output']>>;
  participants?: Maybe<Array<Scalars['String']['output']>>;
  planId?: Maybe<Scalars['ID']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** The cooperation agreement (samverkansöverenskommelse) the plan rests on; signatories by role. */
export type PlanAgreement = {
  __typename?: 'PlanAgreement';
  /** When it was decided, e.g. "2019-06". */
  decided?: Maybe<Scalars['String']['output']>;
  /** The decision's reference, e.g. "KS 2019-1011". */
  reference?: Maybe<Scalars['String']['output']>;
  signedBy?: Maybe<Array<Scalars['String']['output']>>;
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** How often: every week, month or year, regularly, continuously, or when needed. */
export type PlanCadence =
  | 'AS_NEEDED'
  | 'MONTHLY'
  | 'ONGOING'
  | 'RECURRING'
  | 'WEEKLY'
  | 'YEARLY';

/** A group of the plan's organisation, its members by role and its task. */
export type PlanGroup = {
  __typename?: 'PlanGroup';
  cadence?: Maybe<PlanCadence>;
  /** The plan's section, e.g. "5.3". */
  code?: Maybe<Scalars['String']['output']>;
  /** The districts it works in; empty: the whole municipality. */
  districtIds?: Maybe<Array<Scalars['ID']['output']>>;
  id?: Maybe<Scalars['ID']['output']>;
  members?: Maybe<Array<Scalars['String']['output']>>;
  name?: Maybe<Scalars['String']['output']>;
  task?: Maybe<Scalars['String']['output']>;
};

/** What an import of the Police's open events did. */
export type PolisenImportReport = {
  __typename?: 'PolisenImportReport';
  countyPrecision?: Maybe<Scalars['Int']['output']>;
  districtPrecision?: Maybe<Scalars['Int']['output']>;
  districts?: Maybe<Array<ImportDistrictCount>>;
  imported?: Maybe<Scalars['Int']['output']>;
  invalid?: Maybe<Array<ImportInvalidItem>>;
  municipalityPrecision?: Maybe<Scalars['Int']['output']>;
  outsideMunicipality?: Maybe<Scalars['Int']['output']>;
  read?: Maybe<Scalars['Int']['output']>;
  summariesWithheld?: Maybe<Scalars['Int']['output']>;
  unchanged?: Maybe<Scalars['Int']['output']>;
  updated?: Maybe<Scalars['Int']['output']>;
};

export type PresenceActorKind =
  /** Fältassistent */
  | 'FIELD_ASSISTANT'
  /** Fritidsledare */
  | 'LEISURE_LEADER'
  /** Kommunväktare */
  | 'MUNICIPAL_GUARD'
  /** Nattvandrare */
  | 'NIGHT_WALKER'
  /** Polis */
  | 'POLICE'
  /** Trygghetsvärd */
  | 'SAFETY_HOST'
  /** Ordningsvakt */
  | 'SECURITY_GUARD';

export type PresenceHourOfWeek = {
  __typename?: 'PresenceHourOfWeek';
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek?: Maybe<Scalars['Int']['output']>;
  hour?: Maybe<Scalars['Int']['output']>;
};

/** Hours of presence in a district in an ISO week or a calendar year (the parts of shifts inside it), planned and realised. */
export type PresenceHours = {
  __typename?: 'PresenceHours';
  byActor?: Maybe<Array<PresenceHoursByActor>>;
  districtId?: Maybe<Scalars['ID']['output']>;
  /** Hours of shifts still planned. */
  planned?: Maybe<Scalars['Float']['output']>;
  /** Hours of shifts recorded as realised. */
  realised?: Maybe<Scalars['Float']['output']>;
  /** The ISO week ("2026-W47"), or the year ("2025") for presenceHoursInYear. */
  week?: Maybe<Scalars['String']['output']>;
};

export type PresenceHoursByActor = {
  __typename?: 'PresenceHoursByActor';
  actorKind?: Maybe<PresenceActorKind>;
  planned?: Maybe<Scalars['Float']['output']>;
  realised?: Maybe<Scalars['Float']['output']>;
};

/** A one-off shift. Its district is the one its place lies in. */
export type PresenceInput = {
  actorKind: PresenceActorKind;
  /** After startsAt, at most 24 hours later. */
  endsAt: Scalars['DateTime']['input'];
  /** A Point or Polygon inside a district. */
  geometry: Scalars['GeoJSON']['input'];
  /** The weekly picture (ISO week) it answers. */
  motivationWeek?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500 characters, no personal data. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters. */
  organisation: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  /** Default PLANNED; REALISED only for a shift that has begun. */
  state?: InputMaybe<PresenceState>;
};

/** A recurring plan of presence, e.g. Fridays and Saturdays 20:00–02:00 for eight weeks (Swedish time). */
export type PresenceRule = {
  __typename?: 'PresenceRule';
  actorKind?: Maybe<PresenceActorKind>;
  districtId?: Maybe<Scalars['ID']['output']>;
  /** "HH:MM"; at or before startTime: the next day. */
  endTime?: Maybe<Scalars['String']['output']>;
  firstDate?: Maybe<Scalars['Date']['output']>;
  geometry?: Maybe<Scalars['GeoJSON']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  lastDate?: Maybe<Scalars['Date']['output']>;
  motivationWeek?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Scalars['String']['output']>;
  /** The plan's occurrences in [from, to) (default: all), realised ones as recorded. */
  shifts?: Maybe<Array<PresenceShift>>;
  /** "HH:MM", Swedish time. */
  startTime?: Maybe<Scalars['String']['output']>;
  /** ISO weekdays the shift starts on: 1 = Monday … 7 = Sunday. */
  weekdays?: Maybe<Array<Scalars['Int']['output']>>;
};


/** A recurring plan of presence, e.g. Fridays and Saturdays 20:00–02:00 for eight weeks (Swedish time). */
export type PresenceRuleShiftsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A recurring plan, in Swedish time. "Fridays and Saturdays 20–02 for eight weeks": weekdays [5, 6], 20:00, 02:00, first and last day. */
export type PresenceRuleInput = {
  actorKind: PresenceActorKind;
  /** "HH:MM"; at or before startTime means the next day. */
  endTime: Scalars['String']['input'];
  firstDate: Scalars['Date']['input'];
  geometry: Scalars['GeoJSON']['input'];
  /** Inclusive; at most 366 days after firstDate. */
  lastDate: Scalars['Date']['input'];
  motivationWeek?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  organisation: Scalars['String']['input'];
  /** "HH:MM". */
  startTime: Scalars['String']['input'];
  /** 1 = Monday … 7 = Sunday: the days a shift starts. */
  weekdays: Array<Scalars['Int']['input']>;
};

/** A shift of presence (närvaro): who, where, when; planned or realised. */
export type PresenceShift = {
  __typename?: 'PresenceShift';
  actorKind?: Maybe<PresenceActorKind>;
  districtId?: Maybe<Scalars['ID']['output']>;
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** A Point or Polygon in WGS 84. */
  geometry?: Maybe<Scalars['GeoJSON']['output']>;
  hours?: Maybe<Scalars['Float']['output']>;
  /** A uuid, or "rule:<rule id>:<day>" for an occurrence of a recurring plan not yet recorded. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The weekly picture (ISO week) it answers. */
  motivationWeek?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Scalars['String']['output']>;
  /** The recurring plan it belongs to. */
  ruleId?: Maybe<Scalars['ID']['output']>;
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  state?: Maybe<PresenceState>;
  synthetic?: Maybe<Scalars['Boolean']['output']>;
};

export type PresenceState =
  | 'PLANNED'
  | 'REALISED';

/** A priority area of cooperation (prioriterat samverkansområde) with its overall goal. */
export type PriorityArea = {
  __typename?: 'PriorityArea';
  activities?: Maybe<Array<PlanActivity>>;
  /** E.g. "6.2". */
  code?: Maybe<Scalars['ID']['output']>;
  /** The overall goal (övergripande mål) as written. */
  goal?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** A property (fastighet) and the organisation that owns it: what a property owner's view is scoped by. */
export type Property = {
  __typename?: 'Property';
  /** True for the synthetic demo properties. */
  approximate?: Maybe<Scalars['Boolean']['output']>;
  geometry?: Maybe<Scalars['GeoJSON']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Incidents with a place on the property that you may see, newest first, in [from, to). */
  incidents?: Maybe<Array<Incident>>;
  /** Measures whose place meets the property, that you may see, newest first. */
  measures?: Maybe<Array<Measure>>;
  name?: Maybe<Scalars['String']['output']>;
  /** The owning organisation, e.g. "stangastaden". */
  ownerId?: Maybe<Scalars['ID']['output']>;
  ownerName?: Maybe<Scalars['String']['output']>;
};


/** A property (fastighet) and the organisation that owns it: what a property owner's view is scoped by. */
export type PropertyIncidentsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Query = {
  __typename?: 'Query';
  district?: Maybe<District>;
  /** All districts, priority districts first. */
  districts?: Maybe<Array<District>>;
  /** Hot spots of an ISO week in the given districts (default: the priority districts, or your own). */
  hotspots?: Maybe<HotspotAnalysis>;
  /** Incidents you may see one by one, newest first, optionally in one district and a period [from, to). */
  incidents?: Maybe<Array<Incident>>;
  /** Assessments of criminal influence, optionally in one district (steering group and Police only). */
  influenceAssessments?: Maybe<Array<InfluenceAssessment>>;
  /** One measure by id; FORBIDDEN when it exists but is not yours to see. */
  measure?: Maybe<Measure>;
  /** The measures you may see in a map view (cameras also as their view, part "view"), optionally in one district, with some statuses and kinds. */
  measureLayer?: Maybe<MapLayer>;
  /** Measures you may see, newest first, optionally in one district, with one status and of one kind. */
  measures?: Maybe<Array<Measure>>;
  /** The measures service's audit log, newest first (administrators only). */
  measuresAuditLog?: Maybe<Array<MeasureAuditEntry>>;
  /** The organisations of the reference data, by name (public). */
  organisations?: Maybe<Array<Organisation>>;
  plan?: Maybe<Plan>;
  /** The activity plans imported, the latest period first. */
  plans?: Maybe<Array<Plan>>;
  /** Shifts that overlap [from, to) (at most 93 days), one-off and from recurring plans, by start. */
  presence?: Maybe<Array<PresenceShift>>;
  /** Hours of presence per district in an ISO week. */
  presenceHours?: Maybe<Array<PresenceHours>>;
  /** The shifts you may see one by one in a map view during an ISO week (properties: id, actorKind, state, startsAt, endsAt), optionally in one district. */
  presenceLayer?: Maybe<MapLayer>;
  /** Recurring plans of presence you may see. */
  presenceRules?: Maybe<Array<PresenceRule>>;
  /** Properties, optionally of one owner (property registers are public; sign-in is still required). */
  properties?: Maybe<Array<Property>>;
  /** A district's situational picture for an ISO week: the latest version. */
  situation?: Maybe<Situation>;
  /** Venues you may see, optionally in one district and of one kind. */
  venues?: Maybe<Array<Venue>>;
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictsArgs = {
  priority?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryHotspotsArgs = {
  cellSizeM?: InputMaybe<Scalars['Int']['input']>;
  districtIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  trendWeeks?: InputMaybe<Scalars['Int']['input']>;
  week: Scalars['IsoWeek']['input'];
};


export type QueryIncidentsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryInfluenceAssessmentsArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMeasureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeasureLayerArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<MeasureKind>>;
  statuses?: InputMaybe<Array<MeasureStatus>>;
  view: MapViewInput;
};


export type QueryMeasuresArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<MeasureKind>;
  status?: InputMaybe<MeasureStatus>;
};


export type QueryMeasuresAuditLogArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPresenceArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryPresenceHoursArgs = {
  districtIds: Array<Scalars['ID']['input']>;
  week: Scalars['IsoWeek']['input'];
};


export type QueryPresenceLayerArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  view: MapViewInput;
  week: Scalars['IsoWeek']['input'];
};


export type QueryPresenceRulesArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPropertiesArgs = {
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySituationArgs = {
  districtId: Scalars['ID']['input'];
  week: Scalars['IsoWeek']['input'];
};


export type QueryVenuesArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<VenueKind>;
};

/** The weekly situational picture (lägesbild) of one district. Published versions never change. */
export type Situation = {
  __typename?: 'Situation';
  districtId?: Maybe<Scalars['ID']['output']>;
  /** Frozen at publication; live for a draft. */
  figures?: Maybe<SituationFigures>;
  /** Measures in the district that name this weekly picture as what motivated them. */
  measures?: Maybe<Array<Measure>>;
  /** Shifts planned from this weekly picture that fall in the week after it (one-off and recurring). */
  presence?: Maybe<Array<PresenceShift>>;
  /** Recurring presence planned from this weekly picture. */
  presenceRules?: Maybe<Array<PresenceRule>>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  publishedBy?: Maybe<Scalars['String']['output']>;
  status?: Maybe<SituationStatus>;
  text?: Maybe<Scalars['String']['output']>;
  /** 0 while nothing is written; each correction of a published picture is a new version. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Every version of this week, newest first. */
  versions?: Maybe<Array<Situation>>;
  week?: Maybe<Scalars['IsoWeek']['output']>;
};

/** Counts by category against the four weeks before and the same week a year earlier, and the week's hot cells. */
export type SituationFigures = {
  __typename?: 'SituationFigures';
  byCategory?: Maybe<Array<CategoryFigure>>;
  hotCells?: Maybe<Array<SituationHotCell>>;
  previousFourWeeksAverage?: Maybe<Scalars['Float']['output']>;
  /** Null when the year before has no such week (week 53). */
  sameWeekLastYear?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type SituationHotCell = {
  __typename?: 'SituationHotCell';
  confidence?: Maybe<Scalars['Int']['output']>;
  count?: Maybe<Scalars['Int']['output']>;
  emerging?: Maybe<Scalars['String']['output']>;
  key?: Maybe<Scalars['ID']['output']>;
  z?: Maybe<Scalars['Float']['output']>;
};

export type SituationStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** Which licensed premises to inspect first: the sum of stated parts (0 or more), each with its points. */
export type SupervisionRisk = {
  __typename?: 'SupervisionRisk';
  parts?: Maybe<Array<SupervisionRiskPart>>;
  score?: Maybe<Scalars['Int']['output']>;
};

export type SupervisionRiskFactor =
  /** Incidents within 200 m between 22:00 and 04:59 over the last year: 1 point each, at most 30. */
  | 'LATE_INCIDENTS'
  /** A member of Krogar mot knark: -10 points. */
  | 'NETWORK'
  /** Remarks (5 points) and warnings (15) in the last three years, at most 30. */
  | 'REMARKS'
  /** Weekend serving past 01:00: 5 points an hour, at most 10. */
  | 'SERVING_HOURS'
  /** Months since the latest inspection: 1 point a month, at most 30 (also when never inspected). */
  | 'SINCE_INSPECTION';

/** One part of a supervision risk score: what it counts, its points and the fact behind them. */
export type SupervisionRiskPart = {
  __typename?: 'SupervisionRiskPart';
  /** False when the value is a lower bound (published cells, some under 5 hidden). */
  exact?: Maybe<Scalars['Boolean']['output']>;
  factor?: Maybe<SupervisionRiskFactor>;
  /** The most this part gives (for NETWORK: the points off). */
  limit?: Maybe<Scalars['Int']['output']>;
  points?: Maybe<Scalars['Int']['output']>;
  /** Months, a count, hours past 01:00, 1/0 for a member; null: none (never inspected, no licence). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What a survey import did; with problems, nothing was written. */
export type SurveyImportReport = {
  __typename?: 'SurveyImportReport';
  created?: Maybe<Scalars['Int']['output']>;
  problems?: Maybe<Array<SurveyRowProblem>>;
  replaced?: Maybe<Scalars['Int']['output']>;
  rows?: Maybe<Scalars['Int']['output']>;
};

/** A safety survey question, as the share of respondents in per cent. */
export type SurveyIndicator =
  /** Undviker vissa platser av oro för brott (andel, %) */
  | 'AVOIDS_PLACES'
  /** Känner sig trygg utomhus ensam sent på kvällen (andel, %) */
  | 'SAFE_AT_NIGHT'
  /** Oroar sig för att utsättas för brott (andel, %) */
  | 'WORRIED_ABOUT_CRIME';

export type SurveyResult = {
  __typename?: 'SurveyResult';
  indicator?: Maybe<SurveyIndicator>;
  respondents?: Maybe<Scalars['Int']['output']>;
  /** Per cent of respondents. */
  value?: Maybe<Scalars['Float']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type SurveyRowProblem = {
  __typename?: 'SurveyRowProblem';
  /** The column's header name; empty when the problem is the whole line. */
  field?: Maybe<Scalars['String']['output']>;
  line?: Maybe<Scalars['Int']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type TrainingCourse =
  /** Ansvarsfull alkoholservering */
  | 'ANSVARSFULL_ALKOHOLSERVERING';

export type TrainingInput = {
  /** Not in the future. */
  heldOn: Scalars['Date']['input'];
  /** How many of the staff took part, 1–500 (a number, not names). */
  participants: Scalars['Int']['input'];
};

/** A training session (Ansvarsfull alkoholservering) and how many of the staff took part. */
export type TrainingSession = {
  __typename?: 'TrainingSession';
  course?: Maybe<TrainingCourse>;
  heldOn?: Maybe<Scalars['Date']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  participants?: Maybe<Scalars['Int']['output']>;
};

/** A venue: licensed premises (serveringsställe), gym, school or youth centre (fritidsgård). */
export type Venue = {
  __typename?: 'Venue';
  districtId?: Maybe<Scalars['ID']['output']>;
  /** Every recorded change, oldest first (demo data has none). */
  history?: Maybe<Array<VenueChange>>;
  id?: Maybe<Scalars['ID']['output']>;
  /** A current member of Krogar mot knark or 100 % ren hårdträning. */
  inNetwork?: Maybe<Scalars['Boolean']['output']>;
  /** Incidents within radiusM (default 200 m) of the venue, for the weeks ending with lastWeek (default: the last whole week). */
  incidentsNearby?: Maybe<NearbyIncidents>;
  /** Inspections, the latest first. */
  inspections?: Maybe<Array<Inspection>>;
  kind?: Maybe<VenueKind>;
  /** The latest inspection; null when never inspected. */
  lastInspectedOn?: Maybe<Scalars['Date']['output']>;
  /** Its alcohol licences, the newest first (none for gyms, schools and youth centres). */
  licences?: Maybe<Array<Licence>>;
  /** Licensed premises (restaurant, bar, nightclub): the venues supervision is about. */
  licensed?: Maybe<Scalars['Boolean']['output']>;
  /** A Point in WGS 84. */
  location?: Maybe<Scalars['GeoJSON']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Network memberships with their dates, the latest first. */
  networks?: Maybe<Array<NetworkMembership>>;
  /** Inspections that ended in a remark (erinran) in the last three years. */
  remarksLast3Years?: Maybe<Scalars['Int']['output']>;
  /** Latest serving time on Friday and Saturday nights under the licence in force today. */
  servesUntilWeekend?: Maybe<Scalars['String']['output']>;
  /** For licensed premises: a risk score for planning inspections, with its parts. Null for other venues. Late incidents are counted as the caller may see them (published cells for roles without single incidents). */
  supervisionRisk?: Maybe<SupervisionRisk>;
  /** True for generated demo venues. */
  synthetic?: Maybe<Scalars['Boolean']['output']>;
  /** Training sessions, the latest first. */
  trainings?: Maybe<Array<TrainingSession>>;
  /** Inspections that ended in a warning (varning) in the last three years. */
  warningsLast3Years?: Maybe<Scalars['Int']['output']>;
};


/** A venue: licensed premises (serveringsställe), gym, school or youth centre (fritidsgård). */
export type VenueIncidentsNearbyArgs = {
  lastWeek?: InputMaybe<Scalars['IsoWeek']['input']>;
  radiusM?: InputMaybe<Scalars['Int']['input']>;
  weeks?: InputMaybe<Scalars['Int']['input']>;
};

/** One change of a venue or of what belongs to it (licence, inspection, membership, training). */
export type VenueChange = {
  __typename?: 'VenueChange';
  /** "create" or "update". */
  action?: Maybe<Scalars['String']['output']>;
  actorName?: Maybe<Scalars['String']['output']>;
  at?: Maybe<Scalars['DateTime']['output']>;
  /** Venue, Licence, Inspection, NetworkMembership or TrainingSession. */
  entity?: Maybe<Scalars['String']['output']>;
};

export type VenueInput = {
  kind: VenueKind;
  /** A Point inside one of the municipality's districts. */
  location: Scalars['GeoJSON']['input'];
  /** 1–200 characters: the place's name, no personal data. */
  name: Scalars['String']['input'];
};

export type VenueKind =
  /** Bar */
  | 'BAR'
  /** Gym */
  | 'GYM'
  /** Nattklubb */
  | 'NIGHTCLUB'
  /** Restaurang */
  | 'RESTAURANT'
  /** Skola */
  | 'SCHOOL'
  /** Fritidsgård */
  | 'YOUTH_CENTRE';

export type VenueNetwork =
  /** Krogar mot knark */
  | 'KROGAR_MOT_KNARK'
  /** 100 % ren hårdträning */
  | 'REN_HARDTRANING';

/** Incidents in one ISO week; null when the week holds 1–4 incidents your role may not see one by one. */
export type WeekCount = {
  __typename?: 'WeekCount';
  count?: Maybe<Scalars['Int']['output']>;
  exact?: Maybe<Scalars['Boolean']['output']>;
  week?: Maybe<Scalars['IsoWeek']['output']>;
};

export type MeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasuresQuery = { __typename?: 'Query', measures?: Array<{ __typename?: 'Measure', id?: string | null, kind?: MeasureKind | null, title?: string | null, status?: MeasureStatus | null, districtId?: string | null, geometry?: import('../types/geojson').Geometry | null, camera?: { __typename?: 'Camera', directionDeg?: number | null, angleDeg?: number | null, rangeM?: number | null, permitState?: CameraPermitState | null, view?: import('../types/geojson').Geometry | null } | null }> | null };

export type MeasureLayerQueryVariables = Exact<{
  view: MapViewInput;
}>;


export type MeasureLayerQuery = { __typename?: 'Query', measureLayer?: { __typename?: 'MapLayer', total?: number | null, clustered?: boolean | null, features?: import('../types/geojson').FeatureCollection<import('../types/geojson').Geometry, Record<string, unknown>> | null } | null };

export type MeasureDetailFieldsFragment = { __typename?: 'Measure', id?: string | null, kind?: MeasureKind | null, title?: string | null, description?: string | null, status?: MeasureStatus | null, nextStatuses?: Array<MeasureStatus> | null, districtId?: string | null, geometry?: import('../types/geojson').Geometry | null, responsibleOrg?: string | null, costEstimateSek?: number | null, decidedOn?: string | null, startedOn?: string | null, doneOn?: string | null, evaluatedOn?: string | null, rejectedOn?: string | null, motivation?: { __typename?: 'MeasureMotivation', week?: string | null, districtId?: string | null, cells?: Array<string> | null, incidentIds?: Array<string> | null } | null, lighting?: { __typename?: 'Lighting', kind?: LightingKind | null, luxBefore?: number | null, luxAfter?: number | null } | null, camera?: { __typename?: 'Camera', directionDeg?: number | null, angleDeg?: number | null, rangeM?: number | null, hours?: string | null, permitState?: CameraPermitState | null, view?: import('../types/geojson').Geometry | null } | null, history?: Array<{ __typename?: 'MeasureChange', at?: string | null, actorName?: string | null, action?: string | null, status?: MeasureStatus | null }> | null, effect?: { __typename?: 'MeasureEffect', doneOn?: string | null, radiusM?: number | null, weeks?: number | null, beforeFrom?: string | null, beforeTo?: string | null, afterFrom?: string | null, afterTo?: string | null, afterComplete?: boolean | null, exact?: boolean | null, targetChange?: number | null, controlChange?: number | null, relativeChange?: number | null, wdq?: number | null, target?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, buffer?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, control?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null } | null };

export type EffectZoneFieldsFragment = { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null };

export type MeasureDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeasureDetailsQuery = { __typename?: 'Query', measure?: { __typename?: 'Measure', id?: string | null, kind?: MeasureKind | null, title?: string | null, description?: string | null, status?: MeasureStatus | null, nextStatuses?: Array<MeasureStatus> | null, districtId?: string | null, geometry?: import('../types/geojson').Geometry | null, responsibleOrg?: string | null, costEstimateSek?: number | null, decidedOn?: string | null, startedOn?: string | null, doneOn?: string | null, evaluatedOn?: string | null, rejectedOn?: string | null, motivation?: { __typename?: 'MeasureMotivation', week?: string | null, districtId?: string | null, cells?: Array<string> | null, incidentIds?: Array<string> | null } | null, lighting?: { __typename?: 'Lighting', kind?: LightingKind | null, luxBefore?: number | null, luxAfter?: number | null } | null, camera?: { __typename?: 'Camera', directionDeg?: number | null, angleDeg?: number | null, rangeM?: number | null, hours?: string | null, permitState?: CameraPermitState | null, view?: import('../types/geojson').Geometry | null } | null, history?: Array<{ __typename?: 'MeasureChange', at?: string | null, actorName?: string | null, action?: string | null, status?: MeasureStatus | null }> | null, effect?: { __typename?: 'MeasureEffect', doneOn?: string | null, radiusM?: number | null, weeks?: number | null, beforeFrom?: string | null, beforeTo?: string | null, afterFrom?: string | null, afterTo?: string | null, afterComplete?: boolean | null, exact?: boolean | null, targetChange?: number | null, controlChange?: number | null, relativeChange?: number | null, wdq?: number | null, target?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, buffer?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, control?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null } | null } | null };

export type ProposeMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type ProposeMeasureMutation = { __typename?: 'Mutation', proposeMeasure?: { __typename?: 'Measure', id?: string | null, kind?: MeasureKind | null, title?: string | null, description?: string | null, status?: MeasureStatus | null, nextStatuses?: Array<MeasureStatus> | null, districtId?: string | null, geometry?: import('../types/geojson').Geometry | null, responsibleOrg?: string | null, costEstimateSek?: number | null, decidedOn?: string | null, startedOn?: string | null, doneOn?: string | null, evaluatedOn?: string | null, rejectedOn?: string | null, motivation?: { __typename?: 'MeasureMotivation', week?: string | null, districtId?: string | null, cells?: Array<string> | null, incidentIds?: Array<string> | null } | null, lighting?: { __typename?: 'Lighting', kind?: LightingKind | null, luxBefore?: number | null, luxAfter?: number | null } | null, camera?: { __typename?: 'Camera', directionDeg?: number | null, angleDeg?: number | null, rangeM?: number | null, hours?: string | null, permitState?: CameraPermitState | null, view?: import('../types/geojson').Geometry | null } | null, history?: Array<{ __typename?: 'MeasureChange', at?: string | null, actorName?: string | null, action?: string | null, status?: MeasureStatus | null }> | null, effect?: { __typename?: 'MeasureEffect', doneOn?: string | null, radiusM?: number | null, weeks?: number | null, beforeFrom?: string | null, beforeTo?: string | null, afterFrom?: string | null, afterTo?: string | null, afterComplete?: boolean | null, exact?: boolean | null, targetChange?: number | null, controlChange?: number | null, relativeChange?: number | null, wdq?: number | null, target?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, buffer?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, control?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null } | null } | null };

export type ChangeMeasureStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: MeasureStatus;
}>;


export type ChangeMeasureStatusMutation = { __typename?: 'Mutation', changeMeasureStatus?: { __typename?: 'Measure', id?: string | null, kind?: MeasureKind | null, title?: string | null, description?: string | null, status?: MeasureStatus | null, nextStatuses?: Array<MeasureStatus> | null, districtId?: string | null, geometry?: import('../types/geojson').Geometry | null, responsibleOrg?: string | null, costEstimateSek?: number | null, decidedOn?: string | null, startedOn?: string | null, doneOn?: string | null, evaluatedOn?: string | null, rejectedOn?: string | null, motivation?: { __typename?: 'MeasureMotivation', week?: string | null, districtId?: string | null, cells?: Array<string> | null, incidentIds?: Array<string> | null } | null, lighting?: { __typename?: 'Lighting', kind?: LightingKind | null, luxBefore?: number | null, luxAfter?: number | null } | null, camera?: { __typename?: 'Camera', directionDeg?: number | null, angleDeg?: number | null, rangeM?: number | null, hours?: string | null, permitState?: CameraPermitState | null, view?: import('../types/geojson').Geometry | null } | null, history?: Array<{ __typename?: 'MeasureChange', at?: string | null, actorName?: string | null, action?: string | null, status?: MeasureStatus | null }> | null, effect?: { __typename?: 'MeasureEffect', doneOn?: string | null, radiusM?: number | null, weeks?: number | null, beforeFrom?: string | null, beforeTo?: string | null, afterFrom?: string | null, afterTo?: string | null, afterComplete?: boolean | null, exact?: boolean | null, targetChange?: number | null, controlChange?: number | null, relativeChange?: number | null, wdq?: number | null, target?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, buffer?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, control?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null } | null } | null };

export type PresenceQueryVariables = Exact<{
  week: Scalars['IsoWeek']['input'];
}>;


export type PresenceQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, presence?: Array<{ __typename?: 'PresenceShift', id?: string | null, actorKind?: PresenceActorKind | null, organisation?: string | null, geometry?: import('../types/geojson').Geometry | null, districtId?: string | null, startsAt?: string | null, endsAt?: string | null, hours?: number | null, state?: PresenceState | null, note?: string | null }> | null }> | null };

export type WithdrawMeasureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawMeasureMutation = { __typename?: 'Mutation', withdrawMeasure?: boolean | null };

export type UpdateMeasureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MeasureInput;
}>;


export type UpdateMeasureMutation = { __typename?: 'Mutation', updateMeasure?: { __typename?: 'Measure', id?: string | null, kind?: MeasureKind | null, title?: string | null, description?: string | null, status?: MeasureStatus | null, nextStatuses?: Array<MeasureStatus> | null, districtId?: string | null, geometry?: import('../types/geojson').Geometry | null, responsibleOrg?: string | null, costEstimateSek?: number | null, decidedOn?: string | null, startedOn?: string | null, doneOn?: string | null, evaluatedOn?: string | null, rejectedOn?: string | null, motivation?: { __typename?: 'MeasureMotivation', week?: string | null, districtId?: string | null, cells?: Array<string> | null, incidentIds?: Array<string> | null } | null, lighting?: { __typename?: 'Lighting', kind?: LightingKind | null, luxBefore?: number | null, luxAfter?: number | null } | null, camera?: { __typename?: 'Camera', directionDeg?: number | null, angleDeg?: number | null, rangeM?: number | null, hours?: string | null, permitState?: CameraPermitState | null, view?: import('../types/geojson').Geometry | null } | null, history?: Array<{ __typename?: 'MeasureChange', at?: string | null, actorName?: string | null, action?: string | null, status?: MeasureStatus | null }> | null, effect?: { __typename?: 'MeasureEffect', doneOn?: string | null, radiusM?: number | null, weeks?: number | null, beforeFrom?: string | null, beforeTo?: string | null, afterFrom?: string | null, afterTo?: string | null, afterComplete?: boolean | null, exact?: boolean | null, targetChange?: number | null, controlChange?: number | null, relativeChange?: number | null, wdq?: number | null, target?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, buffer?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null, control?: { __typename?: 'EffectZoneCounts', before?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, after?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null } | null } | null } | null };

export type PublicDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicDistrictsQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, name?: string | null, code?: string | null, priority?: boolean | null, approximate?: boolean | null, source?: string | null, geometry?: import('../types/geojson').Geometry | null, labelPoint?: import('../types/geojson').Geometry | null, areaKm2?: number | null }> | null };

export type DistrictIncidentCountsQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DistrictIncidentCountsQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, incidentCount?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null }> | null };

export type DistrictVenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictVenuesQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, venues?: Array<{ __typename?: 'Venue', id?: string | null }> | null }> | null };

export type DistrictMeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictMeasuresQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, measures?: Array<{ __typename?: 'Measure', id?: string | null }> | null }> | null };

export type HotspotsQueryVariables = Exact<{
  week: Scalars['IsoWeek']['input'];
  trendWeeks?: InputMaybe<Scalars['Int']['input']>;
  withPresence?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type HotspotsQuery = { __typename?: 'Query', hotspots?: { __typename?: 'HotspotAnalysis', week?: string | null, weekStart?: string | null, weekEnd?: string | null, districtIds?: Array<string> | null, cellSizeM?: number | null, trendWeeks?: number | null, minHotNeighbourhood?: number | null, studyAreaCells?: number | null, incidentsCounted?: number | null, status?: string | null, cells?: Array<{ __typename?: 'HotspotCell', key?: string | null, districtId?: string | null, count?: number | null, z?: number | null, p?: number | null, class?: HotspotClass | null, confidence?: number | null, emerging?: EmergingCategory | null, trend?: string | null, geometry?: import('../types/geojson').Geometry | null, presence?: { __typename?: 'HotspotPresence', hasPresence?: boolean | null, covered?: number | null, incidents?: number | null } | null }> | null } | null };

export type SituationFieldsFragment = { __typename?: 'Situation', week?: string | null, districtId?: string | null, version?: number | null, status?: SituationStatus | null, text?: string | null, publishedAt?: string | null, publishedBy?: string | null, figures?: { __typename?: 'SituationFigures', total?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, byCategory?: Array<{ __typename?: 'CategoryFigure', category?: IncidentCategory | null, count?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, change?: number | null }> | null, hotCells?: Array<{ __typename?: 'SituationHotCell', key?: string | null, count?: number | null, z?: number | null, confidence?: number | null, emerging?: string | null }> | null } | null };

export type SituationQueryVariables = Exact<{
  week: Scalars['IsoWeek']['input'];
  districtId: Scalars['ID']['input'];
}>;


export type SituationQuery = { __typename?: 'Query', situation?: { __typename?: 'Situation', week?: string | null, districtId?: string | null, version?: number | null, status?: SituationStatus | null, text?: string | null, publishedAt?: string | null, publishedBy?: string | null, figures?: { __typename?: 'SituationFigures', total?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, byCategory?: Array<{ __typename?: 'CategoryFigure', category?: IncidentCategory | null, count?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, change?: number | null }> | null, hotCells?: Array<{ __typename?: 'SituationHotCell', key?: string | null, count?: number | null, z?: number | null, confidence?: number | null, emerging?: string | null }> | null } | null } | null };

export type SaveSituationDraftMutationVariables = Exact<{
  week: Scalars['IsoWeek']['input'];
  districtId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type SaveSituationDraftMutation = { __typename?: 'Mutation', saveSituationDraft?: { __typename?: 'Situation', week?: string | null, districtId?: string | null, version?: number | null, status?: SituationStatus | null, text?: string | null, publishedAt?: string | null, publishedBy?: string | null, figures?: { __typename?: 'SituationFigures', total?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, byCategory?: Array<{ __typename?: 'CategoryFigure', category?: IncidentCategory | null, count?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, change?: number | null }> | null, hotCells?: Array<{ __typename?: 'SituationHotCell', key?: string | null, count?: number | null, z?: number | null, confidence?: number | null, emerging?: string | null }> | null } | null } | null };

export type PublishSituationMutationVariables = Exact<{
  week: Scalars['IsoWeek']['input'];
  districtId: Scalars['ID']['input'];
}>;


export type PublishSituationMutation = { __typename?: 'Mutation', publishSituation?: { __typename?: 'Situation', week?: string | null, districtId?: string | null, version?: number | null, status?: SituationStatus | null, text?: string | null, publishedAt?: string | null, publishedBy?: string | null, figures?: { __typename?: 'SituationFigures', total?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, byCategory?: Array<{ __typename?: 'CategoryFigure', category?: IncidentCategory | null, count?: number | null, previousFourWeeksAverage?: number | null, sameWeekLastYear?: number | null, change?: number | null }> | null, hotCells?: Array<{ __typename?: 'SituationHotCell', key?: string | null, count?: number | null, z?: number | null, confidence?: number | null, emerging?: string | null }> | null } | null } | null };

export type WeeklyIncidentsQueryVariables = Exact<{
  districtId: Scalars['ID']['input'];
  lastWeek: Scalars['IsoWeek']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WeeklyIncidentsQuery = { __typename?: 'Query', district?: { __typename?: 'District', id?: string | null, weeklyIncidents?: Array<{ __typename?: 'WeekCount', week?: string | null, count?: number | null, exact?: boolean | null }> | null } | null };

export type IncidentsQueryVariables = Exact<{
  districtId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IncidentsQuery = { __typename?: 'Query', incidents?: Array<{ __typename?: 'Incident', id?: string | null, occurredAt?: string | null, category?: IncidentCategory | null, description?: string | null, precision?: LocationPrecision | null, location?: import('../types/geojson').Geometry | null, districtId?: string | null, areaName?: string | null, title?: string | null, originalType?: string | null, source?: string | null }> | null };

export type ImportPolisenEventsMutationVariables = Exact<{
  json: Scalars['String']['input'];
}>;


export type ImportPolisenEventsMutation = { __typename?: 'Mutation', importPolisenEvents?: { __typename?: 'PolisenImportReport', read?: number | null, imported?: number | null, updated?: number | null, unchanged?: number | null, outsideMunicipality?: number | null, districtPrecision?: number | null, municipalityPrecision?: number | null, countyPrecision?: number | null, summariesWithheld?: number | null, districts?: Array<{ __typename?: 'ImportDistrictCount', districtId?: string | null, count?: number | null }> | null, invalid?: Array<{ __typename?: 'ImportInvalidItem', index?: number | null, fields?: Array<string> | null }> | null } | null };

export type OverviewFiguresQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  indicator: SurveyIndicator;
}>;


export type OverviewFiguresQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, populationCount?: number | null, measuresDoneInYear?: number | null, incidentRate?: { __typename?: 'IncidentRate', year?: number | null, population?: number | null, perThousand?: number | null, perThousandAtLeast?: number | null, count?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null } | null } | null, presenceHoursInYear?: { __typename?: 'PresenceHours', planned?: number | null, realised?: number | null } | null, surveyResults?: Array<{ __typename?: 'SurveyResult', year?: number | null, value?: number | null, respondents?: number | null }> | null }> | null };

export type OverviewTrendQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  second: Scalars['Int']['input'];
  third: Scalars['Int']['input'];
}>;


export type OverviewTrendQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', id?: string | null, first?: { __typename?: 'IncidentRate', year?: number | null, perThousand?: number | null, count?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null } | null } | null, second?: { __typename?: 'IncidentRate', year?: number | null, perThousand?: number | null, count?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null } | null } | null, third?: { __typename?: 'IncidentRate', year?: number | null, perThousand?: number | null, count?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null } | null } | null }> | null };

export type IncidentRateTrendFieldsFragment = { __typename?: 'IncidentRate', year?: number | null, perThousand?: number | null, count?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null } | null };

export type PlanStructureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanStructureQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id?: string | null, title?: string | null, parties?: Array<string> | null, periodFrom?: string | null, periodTo?: string | null, goal?: string | null, purpose?: string | null, priorityDistrictIds?: Array<string> | null, areas?: Array<{ __typename?: 'PriorityArea', code?: string | null, title?: string | null, goal?: string | null }> | null, activities?: Array<{ __typename?: 'PlanActivity', code?: string | null, areaCode?: string | null, title?: string | null, goal?: string | null, description?: string | null, lead?: Array<string> | null, participants?: Array<string> | null, cadence?: PlanCadence | null, districtIds?: Array<string> | null }> | null, citizenPromises?: Array<{ __typename?: 'CitizenPromise', id?: string | null, year?: number | null, promise?: string | null, districtIds?: Array<string> | null, status?: FollowUpStatus | null, outcome?: string | null }> | null } | null };

export type PlanFollowUpQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PlanFollowUpQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id?: string | null, progress?: Array<{ __typename?: 'AreaProgress', areaCode?: string | null, title?: string | null, year?: number | null, activities?: number | null, done?: number | null, ongoing?: number | null, notStarted?: number | null, paused?: number | null, cancelled?: number | null, notFollowedUp?: number | null }> | null, activities?: Array<{ __typename?: 'PlanActivity', code?: string | null, followUps?: Array<{ __typename?: 'ActivityFollowUp', year?: number | null, status?: FollowUpStatus | null, done?: string | null, comment?: string | null, updatedByName?: string | null, updatedAt?: string | null }> | null }> | null } | null };

export type DistrictActivitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DistrictActivitiesQuery = { __typename?: 'Query', district?: { __typename?: 'District', id?: string | null, activities?: Array<{ __typename?: 'PlanActivity', code?: string | null, areaCode?: string | null, title?: string | null, goal?: string | null, planId?: string | null }> | null } | null };

export type RecordFollowUpMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  code: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  input: FollowUpInput;
}>;


export type RecordFollowUpMutation = { __typename?: 'Mutation', recordFollowUp?: { __typename?: 'ActivityFollowUp', year?: number | null, status?: FollowUpStatus | null, done?: string | null, comment?: string | null, updatedByName?: string | null, updatedAt?: string | null } | null };

export type OwnPropertiesQueryVariables = Exact<{
  owner: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
}>;


export type OwnPropertiesQuery = { __typename?: 'Query', properties?: Array<{ __typename?: 'Property', id?: string | null, name?: string | null, approximate?: boolean | null, geometry?: import('../types/geojson').Geometry | null, incidents?: Array<{ __typename?: 'Incident', id?: string | null, occurredAt?: string | null, category?: IncidentCategory | null }> | null, measures?: Array<{ __typename?: 'Measure', id?: string | null, title?: string | null, kind?: MeasureKind | null, status?: MeasureStatus | null }> | null }> | null };

export type VenuesQueryVariables = Exact<{ [key: string]: never; }>;


export type VenuesQuery = { __typename?: 'Query', venues?: Array<{ __typename?: 'Venue', id?: string | null, name?: string | null, kind?: VenueKind | null, location?: import('../types/geojson').Geometry | null, districtId?: string | null, synthetic?: boolean | null, licensed?: boolean | null, lastInspectedOn?: string | null, remarksLast3Years?: number | null, warningsLast3Years?: number | null, servesUntilWeekend?: string | null, inNetwork?: boolean | null, supervisionRisk?: { __typename?: 'SupervisionRisk', score?: number | null, parts?: Array<{ __typename?: 'SupervisionRiskPart', factor?: SupervisionRiskFactor | null, points?: number | null, limit?: number | null, value?: number | null, exact?: boolean | null }> | null } | null }> | null };

export type SupervisionRiskFieldsFragment = { __typename?: 'SupervisionRisk', score?: number | null, parts?: Array<{ __typename?: 'SupervisionRiskPart', factor?: SupervisionRiskFactor | null, points?: number | null, limit?: number | null, value?: number | null, exact?: boolean | null }> | null };

export type VenueDetailFieldsFragment = { __typename?: 'Venue', id?: string | null, name?: string | null, kind?: VenueKind | null, districtId?: string | null, synthetic?: boolean | null, licensed?: boolean | null, lastInspectedOn?: string | null, remarksLast3Years?: number | null, warningsLast3Years?: number | null, servesUntilWeekend?: string | null, inNetwork?: boolean | null, supervisionRisk?: { __typename?: 'SupervisionRisk', score?: number | null, parts?: Array<{ __typename?: 'SupervisionRiskPart', factor?: SupervisionRiskFactor | null, points?: number | null, limit?: number | null, value?: number | null, exact?: boolean | null }> | null } | null, licences?: Array<{ __typename?: 'Licence', id?: string | null, kind?: LicenceKind | null, servesUntil?: string | null, servesUntilWeekend?: string | null, validFrom?: string | null, validTo?: string | null }> | null, inspections?: Array<{ __typename?: 'Inspection', id?: string | null, inspectedOn?: string | null, kind?: InspectionKind | null, inspectedBy?: Inspector | null, joint?: boolean | null, findings?: string | null, decision?: InspectionDecision | null }> | null, networks?: Array<{ __typename?: 'NetworkMembership', id?: string | null, network?: VenueNetwork | null, joinedOn?: string | null, leftOn?: string | null }> | null, trainings?: Array<{ __typename?: 'TrainingSession', id?: string | null, heldOn?: string | null, course?: TrainingCourse | null, participants?: number | null }> | null, incidentsNearby?: { __typename?: 'NearbyIncidents', radiusM?: number | null, from?: string | null, to?: string | null, exact?: boolean | null, total?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, lateHours?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, byHour?: Array<{ __typename?: 'HourOfWeekCount', dayOfWeek?: number | null, hour?: number | null, count?: number | null }> | null } | null };

export type VenueDetailsQueryVariables = Exact<{
  districtId: Scalars['ID']['input'];
  kind?: InputMaybe<VenueKind>;
}>;


export type VenueDetailsQuery = { __typename?: 'Query', venues?: Array<{ __typename?: 'Venue', id?: string | null, name?: string | null, kind?: VenueKind | null, districtId?: string | null, synthetic?: boolean | null, licensed?: boolean | null, lastInspectedOn?: string | null, remarksLast3Years?: number | null, warningsLast3Years?: number | null, servesUntilWeekend?: string | null, inNetwork?: boolean | null, supervisionRisk?: { __typename?: 'SupervisionRisk', score?: number | null, parts?: Array<{ __typename?: 'SupervisionRiskPart', factor?: SupervisionRiskFactor | null, points?: number | null, limit?: number | null, value?: number | null, exact?: boolean | null }> | null } | null, licences?: Array<{ __typename?: 'Licence', id?: string | null, kind?: LicenceKind | null, servesUntil?: string | null, servesUntilWeekend?: string | null, validFrom?: string | null, validTo?: string | null }> | null, inspections?: Array<{ __typename?: 'Inspection', id?: string | null, inspectedOn?: string | null, kind?: InspectionKind | null, inspectedBy?: Inspector | null, joint?: boolean | null, findings?: string | null, decision?: InspectionDecision | null }> | null, networks?: Array<{ __typename?: 'NetworkMembership', id?: string | null, network?: VenueNetwork | null, joinedOn?: string | null, leftOn?: string | null }> | null, trainings?: Array<{ __typename?: 'TrainingSession', id?: string | null, heldOn?: string | null, course?: TrainingCourse | null, participants?: number | null }> | null, incidentsNearby?: { __typename?: 'NearbyIncidents', radiusM?: number | null, from?: string | null, to?: string | null, exact?: boolean | null, total?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, lateHours?: { __typename?: 'IncidentCount', exact?: boolean | null, value?: number | null, atLeast?: number | null, hiddenCells?: number | null } | null, byHour?: Array<{ __typename?: 'HourOfWeekCount', dayOfWeek?: number | null, hour?: number | null, count?: number | null }> | null } | null }> | null };

export type RecordInspectionMutationVariables = Exact<{
  venueId: Scalars['ID']['input'];
  input: InspectionInput;
}>;


export type RecordInspectionMutation = { __typename?: 'Mutation', recordInspection?: { __typename?: 'Inspection', id?: string | null, inspectedOn?: string | null, kind?: InspectionKind | null, inspectedBy?: Inspector | null, joint?: boolean | null, findings?: string | null, decision?: InspectionDecision | null } | null };

export const EffectZoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectZoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectZoneCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}}]} as unknown as DocumentNode<EffectZoneFieldsFragment, unknown>;
export const MeasureDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrg"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimateSek"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"incidentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lighting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"luxBefore"}},{"kind":"Field","name":{"kind":"Name","value":"luxAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directionDeg"}},{"kind":"Field","name":{"kind":"Name","value":"angleDeg"}},{"kind":"Field","name":{"kind":"Name","value":"rangeM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"permitState"}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"beforeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"afterTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterComplete"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetChange"}},{"kind":"Field","name":{"kind":"Name","value":"controlChange"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"wdq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectZoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectZoneCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}}]} as unknown as DocumentNode<MeasureDetailFieldsFragment, unknown>;
export const SituationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SituationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Situation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"emerging"}}]}}]}}]}}]} as unknown as DocumentNode<SituationFieldsFragment, unknown>;
export const IncidentRateTrendFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentRateTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"perThousand"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}}]}}]}}]} as unknown as DocumentNode<IncidentRateTrendFieldsFragment, unknown>;
export const SupervisionRiskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}}]}}]}}]} as unknown as DocumentNode<SupervisionRiskFieldsFragment, unknown>;
export const VenueDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"licensed"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"remarksLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"warningsLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntilWeekend"}},{"kind":"Field","name":{"kind":"Name","value":"inNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRiskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntil"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntilWeekend"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsNearby"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}}]}}]}}]} as unknown as DocumentNode<VenueDetailFieldsFragment, unknown>;
export const MeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directionDeg"}},{"kind":"Field","name":{"kind":"Name","value":"angleDeg"}},{"kind":"Field","name":{"kind":"Name","value":"rangeM"}},{"kind":"Field","name":{"kind":"Name","value":"permitState"}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}}]}}]}}]} as unknown as DocumentNode<MeasuresQuery, MeasuresQueryVariables>;
export const MeasureLayerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureLayer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MapViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureLayer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"clustered"}},{"kind":"Field","name":{"kind":"Name","value":"features"}}]}}]}}]} as unknown as DocumentNode<MeasureLayerQuery, MeasureLayerQueryVariables>;
export const MeasureDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectZoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectZoneCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrg"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimateSek"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"incidentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lighting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"luxBefore"}},{"kind":"Field","name":{"kind":"Name","value":"luxAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directionDeg"}},{"kind":"Field","name":{"kind":"Name","value":"angleDeg"}},{"kind":"Field","name":{"kind":"Name","value":"rangeM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"permitState"}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"beforeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"afterTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterComplete"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetChange"}},{"kind":"Field","name":{"kind":"Name","value":"controlChange"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"wdq"}}]}}]}}]} as unknown as DocumentNode<MeasureDetailsQuery, MeasureDetailsQueryVariables>;
export const ProposeMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectZoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectZoneCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrg"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimateSek"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"incidentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lighting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"luxBefore"}},{"kind":"Field","name":{"kind":"Name","value":"luxAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directionDeg"}},{"kind":"Field","name":{"kind":"Name","value":"angleDeg"}},{"kind":"Field","name":{"kind":"Name","value":"rangeM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"permitState"}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"beforeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"afterTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterComplete"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetChange"}},{"kind":"Field","name":{"kind":"Name","value":"controlChange"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"wdq"}}]}}]}}]} as unknown as DocumentNode<ProposeMeasureMutation, ProposeMeasureMutationVariables>;
export const ChangeMeasureStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMeasureStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMeasureStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectZoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectZoneCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrg"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimateSek"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"incidentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lighting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"luxBefore"}},{"kind":"Field","name":{"kind":"Name","value":"luxAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directionDeg"}},{"kind":"Field","name":{"kind":"Name","value":"angleDeg"}},{"kind":"Field","name":{"kind":"Name","value":"rangeM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"permitState"}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"beforeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"afterTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterComplete"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetChange"}},{"kind":"Field","name":{"kind":"Name","value":"controlChange"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"wdq"}}]}}]}}]} as unknown as DocumentNode<ChangeMeasureStatusMutation, ChangeMeasureStatusMutationVariables>;
export const PresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Presence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IsoWeek"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"presence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<PresenceQuery, PresenceQueryVariables>;
export const WithdrawMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<WithdrawMeasureMutation, WithdrawMeasureMutationVariables>;
export const UpdateMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectZoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectZoneCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrg"}},{"kind":"Field","name":{"kind":"Name","value":"costEstimateSek"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"incidentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lighting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"luxBefore"}},{"kind":"Field","name":{"kind":"Name","value":"luxAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directionDeg"}},{"kind":"Field","name":{"kind":"Name","value":"angleDeg"}},{"kind":"Field","name":{"kind":"Name","value":"rangeM"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"permitState"}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"beforeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"beforeTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterFrom"}},{"kind":"Field","name":{"kind":"Name","value":"afterTo"}},{"kind":"Field","name":{"kind":"Name","value":"afterComplete"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"control"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectZoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetChange"}},{"kind":"Field","name":{"kind":"Name","value":"controlChange"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"wdq"}}]}}]}}]} as unknown as DocumentNode<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const PublicDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"labelPoint"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}}]}}]}}]} as unknown as DocumentNode<PublicDistrictsQuery, PublicDistrictsQueryVariables>;
export const DistrictIncidentCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictIncidentCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictIncidentCountsQuery, DistrictIncidentCountsQueryVariables>;
export const DistrictVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictVenues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictVenuesQuery, DistrictVenuesQueryVariables>;
export const DistrictMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictMeasuresQuery, DistrictMeasuresQueryVariables>;
export const HotspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hotspots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IsoWeek"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendWeeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPresence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"trendWeeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendWeeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"districtIds"}},{"kind":"Field","name":{"kind":"Name","value":"cellSizeM"}},{"kind":"Field","name":{"kind":"Name","value":"trendWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"minHotNeighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"studyAreaCells"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsCounted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"p"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"emerging"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"presence"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPresence"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPresence"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HotspotsQuery, HotspotsQueryVariables>;
export const SituationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Situation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IsoWeek"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SituationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SituationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Situation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"emerging"}}]}}]}}]}}]} as unknown as DocumentNode<SituationQuery, SituationQueryVariables>;
export const SaveSituationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSituationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IsoWeek"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSituationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SituationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SituationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Situation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"emerging"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSituationDraftMutation, SaveSituationDraftMutationVariables>;
export const PublishSituationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSituation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IsoWeek"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSituation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SituationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SituationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Situation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previousFourWeeksAverage"}},{"kind":"Field","name":{"kind":"Name","value":"sameWeekLastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"emerging"}}]}}]}}]}}]} as unknown as DocumentNode<PublishSituationMutation, PublishSituationMutationVariables>;
export const WeeklyIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeeklyIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastWeek"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IsoWeek"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lastWeek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastWeek"}}},{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}}]}}]}}]}}]} as unknown as DocumentNode<WeeklyIncidentsQuery, WeeklyIncidentsQueryVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"originalType"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const ImportPolisenEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPolisenEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"json"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPolisenEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"json"},"value":{"kind":"Variable","name":{"kind":"Name","value":"json"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"outsideMunicipality"}},{"kind":"Field","name":{"kind":"Name","value":"districtPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"countyPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"summariesWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invalid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPolisenEventsMutation, ImportPolisenEventsMutationVariables>;
export const OverviewFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIndicator"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"populationCount"}},{"kind":"Field","name":{"kind":"Name","value":"incidentRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"perThousand"}},{"kind":"Field","name":{"kind":"Name","value":"perThousandAtLeast"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measuresDoneInYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"presenceHoursInYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"realised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewFiguresQuery, OverviewFiguresQueryVariables>;
export const OverviewTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"third"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"incidentRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentRateTrendFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"incidentRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentRateTrendFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"third"},"name":{"kind":"Name","value":"incidentRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"third"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentRateTrendFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentRateTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"perThousand"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}}]}}]}}]} as unknown as DocumentNode<OverviewTrendQuery, OverviewTrendQueryVariables>;
export const PlanStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"priorityDistrictIds"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"districtIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizenPromises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"promise"}},{"kind":"Field","name":{"kind":"Name","value":"districtIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<PlanStructureQuery, PlanStructureQueryVariables>;
export const PlanFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"notFollowedUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanFollowUpQuery, PlanFollowUpQueryVariables>;
export const DistrictActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictActivitiesQuery, DistrictActivitiesQueryVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const OwnPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OwnPropertiesQuery, OwnPropertiesQueryVariables>;
export const VenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"licensed"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"remarksLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"warningsLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntilWeekend"}},{"kind":"Field","name":{"kind":"Name","value":"inNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRiskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}}]}}]}}]} as unknown as DocumentNode<VenuesQuery, VenuesQueryVariables>;
export const VenueDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VenueDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRiskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VenueDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"licensed"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"remarksLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"warningsLast3Years"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntilWeekend"}},{"kind":"Field","name":{"kind":"Name","value":"inNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRiskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntil"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntilWeekend"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsNearby"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<VenueDetailsQuery, VenueDetailsQueryVariables>;
export const RecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"venueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"venueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;