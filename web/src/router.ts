/**
 * Every view has an address, in Swedish, so that a view can be sent to a colleague, bookmarked and
 * reached with the browser's back and forward buttons:
 *
 *   /                                   the map
 *   /stadsdel/skaggetorp                a district's panel
 *   /stadsdel/skaggetorp/lagesbild      its lägesbild (the panel, scrolled to it)
 *   /atgard/<id>, /plats/<id>           a measure's or a venue's panel, in its district's
 *   /oversikt/2025, /arsrapport/2025    the steering group's overview and yearly report
 *   /plan/2021                          the activity plan and its follow-up for a year
 *   /logga-in?tillbaka=<address>        the sign-in page, which returns to the address
 *
 * On the map's addresses `vecka=2026-W48` names the week (the hot spots, the lägesbild, presence),
 * `lager=hetpunkter,atgarder` the layers shown when they are not the role's default, and
 * `karta=13.50/58.41080/15.60530` where the map looks (zoom/latitude/longitude, as OpenStreetMap
 * writes it) once the user has moved it.
 * The address is the app's state written out: App.vue renders from it and changes it with
 * `router.push`; nothing else keeps the view, the district, the measure or the venue.
 */
import { parseIsoWeek, type IsoWeek } from '@tk/time';
import { createRouter, createWebHistory, type LocationQuery, type RouteLocationNormalizedLoaded, type RouteLocationRaw, type Router, type RouteRecordRaw } from 'vue-router';

export type FollowUpPage = 'overview' | 'report' | 'plan';
export type View = 'map' | 'signIn' | FollowUpPage;

// App.vue draws every view itself (the map stays mounted from one district to the next), so the
// records carry no components of their own.
const nothing = { render: () => null };

const view = (path: string, name: string): RouteRecordRaw => ({ path, name, component: nothing });
const ROUTES: RouteRecordRaw[] = [
  view('/', 'map'),
  view('/stadsdel/:district', 'district'),
  view('/stadsdel/:district/lagesbild', 'situation'),
  view('/atgard/:measure', 'measure'),
  view('/plats/:venue', 'venue'),
  view('/oversikt/:year(\\d{4})?', 'overview'),
  view('/arsrapport/:year(\\d{4})?', 'report'),
  view('/plan/:year(\\d{4})?', 'plan'),
  view('/logga-in', 'signIn'),
  // An address that names no view is the map, not an error page.
  { path: '/:unknown(.*)*', redirect: '/' },
];

/** Views that show nothing to someone signed out: a link to one leads through the sign-in page. */
const SIGNED_IN_ONLY = new Set(['situation', 'measure', 'venue', 'overview', 'report']);

/** The follow-up pages were once named by the address's fragment (#plan): old links still work. */
const LEGACY_FRAGMENTS: Record<string, FollowUpPage> = { '#overview': 'overview', '#report': 'report', '#plan': 'plan' };

export function createAppRouter(signedIn: () => boolean): Router {
  const router = createRouter({ history: createWebHistory(), routes: ROUTES });
  router.beforeEach((to) => {
    const legacy = to.path === '/' ? LEGACY_FRAGMENTS[to.hash] : undefined;
    if (legacy) return { name: legacy, query: to.query };
    if (SIGNED_IN_ONLY.has(String(to.name)) && !signedIn()) return signInFor(to.fullPath);
    return true;
  });
  return router;
}

/** The sign-in page, returning to `address` afterwards. */
export const signInFor = (address: string): RouteLocationRaw => ({ name: 'signIn', query: address === '/' ? {} : { tillbaka: address } });

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The view an address shows. */
export function viewOf(route: RouteLocationNormalizedLoaded): View {
  const name = String(route.name ?? 'map');
  return name === 'signIn' || name === 'overview' || name === 'report' || name === 'plan' ? name : 'map';
}

/** What the map's addresses name: at most one of a district, a measure and a venue, and whether the lägesbild is asked for. */
export interface MapAddress {
  district: string | null;
  measure: string | null;
  venue: string | null;
  situation: boolean;
}

export function mapAddressOf(route: RouteLocationNormalizedLoaded): MapAddress {
  const param = (key: string) => text(route.params[key]);
  return { district: param('district'), measure: param('measure'), venue: param('venue'), situation: route.name === 'situation' };
}

/** The week an address names, or null. */
export const weekOf = (query: LocationQuery): IsoWeek | null => parseIsoWeek(text(query.vecka));

/** The year a follow-up page's address names, or null for its default. */
export function yearOf(route: RouteLocationNormalizedLoaded): number | null {
  const year = Number(text(route.params.year));
  return Number.isInteger(year) && year > 0 ? year : null;
}

/**
 * Where the sign-in page returns: the address it was given when that is one of the app's own
 * (a path on this origin, never `//elsewhere` or the sign-in page itself), else the map.
 */
export function returnAddress(query: LocationQuery): string {
  const address = text(query.tillbaka);
  return address && address.startsWith('/') && !address.startsWith('//') && !address.startsWith('/logga-in') ? address : '/';
}

/** Where the map looks. */
export interface MapPosition {
  zoom: number;
  lat: number;
  lng: number;
}

/** The position an address names, or null (then the map fits the districts). */
export function positionOf(query: LocationQuery): MapPosition | null {
  const parts = text(query.karta)?.split('/').map(Number);
  if (!parts || parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [zoom, lat, lng] = parts as [number, number, number];
  return zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180 ? { zoom, lat, lng } : null;
}

/** A position as an address writes it: about a metre's precision, a hundredth of a zoom level. */
export const positionText = (at: MapPosition): string => `${at.zoom.toFixed(2)}/${at.lat.toFixed(5)}/${at.lng.toFixed(5)}`;

/** The layers an address shows (`lager=` is none at all), or null when it names none (the role's default). */
export function layersOf(query: LocationQuery): string[] | null {
  const value = query.lager;
  return typeof value === 'string' ? value.split(',').filter(Boolean) : null;
}

/** What the map's addresses carry from one to the next: the week and the layers (a choice drops the position). */
export function mapQueryOf(query: LocationQuery): Record<string, string> {
  const kept = (['vecka', 'lager'] as const).flatMap((key) => (typeof query[key] === 'string' ? [[key, query[key] as string]] : []));
  return Object.fromEntries(kept);
}
