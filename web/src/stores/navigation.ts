import { computed, inject, nextTick, onBeforeUnmount, provide, watch, type ComputedRef, type InjectionKey } from 'vue';
import { useRoute, useRouter, type RouteLocationRaw } from 'vue-router';
import { compareWeeks } from '@tk/time';
import type { MeasureDetails, MeasureSummary } from '../api/measures';
import type { VenueSummary } from '../api/venues';
import { mapAddressOf, mapQueryOf, returnAddress, signInFor, viewOf, weekOf, yearOf, type FollowUpPage, type MapAddress, type View } from '../router';
import type { DataStores } from './data';
import { useLayersInAddress } from './layersInAddress';

/** Elements that take the focus after a change of view; each registers itself while mounted. */
export type FocusTarget = 'signInButton' | 'signInHeading' | 'panelIntro';

/**
 * Moving between views. The address is the state (router.ts): these read it and change it with
 * `router.push`, and keep the focus where a keyboard user expects it after each move.
 */
export interface Navigation {
  view: ComputedRef<View>;
  address: ComputedRef<MapAddress>;
  /** The open district: the address's own, or the open measure's or venue's. */
  selectedId: ComputedRef<string | null>;
  openMeasure: ComputedRef<MeasureSummary | null>;
  openVenue: ComputedRef<VenueSummary | null>;
  followUpYear: ComputedRef<number | null>;
  select: (district: string | null) => void;
  selectMeasure: (id: string | null) => void;
  selectVenue: (id: string | null) => void;
  proposeMeasure: () => void;
  measureSaved: (measure: MeasureDetails) => void;
  measureWithdrawn: (id: string) => void;
  /** New events change the counts, the trend and the points: fetch what the map shows again. */
  afterImport: () => void;
  navigate: (to: 'map' | FollowUpPage) => void;
  chooseYear: (year: number) => void;
  openSignIn: () => void;
  /** Signed in or went back: the address the sign-in page was opened from, then the panel or the button used. */
  returnFromSignIn: (focus: 'panel' | 'header') => Promise<void>;
  signOutByUser: () => Promise<void>;
  registerFocus: (target: FocusTarget, focus: () => void) => () => void;
}

const NAVIGATION: InjectionKey<Navigation> = Symbol('navigation');

/**
 * The lägesbild's address opens the district's panel scrolled to it, once what stands above it has
 * loaded (the lists and the trend chart change height as they do); given up after 15 s.
 */
async function scrollToSituation(): Promise<void> {
  for (let tries = 0; tries < 150; tries += 1) {
    const situation = document.querySelector<HTMLElement>('[data-testid="situation-panel"]');
    const trend = document.querySelector('[data-testid="trend-chart"]');
    const settled = !document.querySelector('#district-panel [aria-busy="true"]') && (!trend || document.body.dataset.trendReady === 'true');
    if (situation && settled) return situation.scrollIntoView({ block: 'start' });
    await new Promise((done) => setTimeout(done, 100));
  }
}

function createNavigation(stores: DataStores): Navigation {
  const route = useRoute();
  const router = useRouter();
  const { districts, hotspots, measures, venues, draft, user } = stores;
  const focusTargets = new Map<FocusTarget, () => void>();
  const focus = (target: FocusTarget): void => focusTargets.get(target)?.();

  const view = computed(() => viewOf(route));
  const address = computed(() => mapAddressOf(route));
  const openMeasure = computed(() => (address.value.measure ? (measures.measures.value?.find((m) => m.id === address.value.measure) ?? null) : null));
  const openVenue = computed(() => (address.value.venue ? (venues.venues.value?.find((v) => v.id === address.value.venue) ?? null) : null));
  const known = (id: string | null | undefined): id is string => !!id && districts.districts.value.some((d) => d.id === id);
  const selectedId = computed(() => {
    const id = address.value.district ?? openMeasure.value?.districtId ?? openVenue.value?.districtId ?? null;
    return known(id) ? id : null;
  });
  // Another district, or another user, closes the drawing.
  watch([selectedId, user], () => draft.close());

  /**
   * The map's next address keeps the layers, and the week for those who have one to choose. A choice
   * (a district, a measure, a venue) drops the position: the map zooms to what was chosen, and the
   * address opens it the same way.
   */
  const mapQuery = (): Record<string, string> => ({ ...mapQueryOf(route.query), ...(user.value ? { vecka: hotspots.week.value.label } : {}) });
  const go = (to: RouteLocationRaw): void => void router.push(to);
  const select = (id: string | null): void =>
    go(known(id) ? { name: 'district', params: { district: id }, query: mapQuery() } : { name: 'map', query: mapQuery() });

  function selectMeasure(id: string | null): void {
    const measure = id ? measures.measures.value?.find((m) => m.id === id) : null;
    if (measure?.districtId && measure.id) go({ name: 'measure', params: { measure: measure.id }, query: mapQuery() });
    else select(selectedId.value);
  }
  function selectVenue(id: string | null): void {
    const venue = id ? venues.venues.value?.find((v) => v.id === id) : null;
    draft.close();
    if (venue?.districtId && venue.id) go({ name: 'venue', params: { venue: venue.id }, query: mapQuery() });
    else select(selectedId.value);
  }
  function proposeMeasure(): void {
    if (openMeasure.value) select(selectedId.value);
    draft.start();
  }
  /** The saved measure goes on the map and its panel opens, in the district the server placed it in. */
  function measureSaved(measure: MeasureDetails): void {
    measures.remember(measure);
    draft.close();
    if (measure.id) go({ name: 'measure', params: { measure: measure.id }, query: mapQuery() });
  }
  /** A withdrawn measure leaves the list and the map, and its panel closes. */
  function measureWithdrawn(id: string): void {
    // Its district is read from the measure: kept before the measure leaves the list.
    const district = selectedId.value;
    measures.forget(id);
    if (address.value.measure === id) select(district);
  }

  // The week of an address is the week shown (never one after the latest); stepping writes it back,
  // replacing the address rather than adding a step to the history for every week passed.
  watch(
    () => route.query.vecka,
    () => {
      const asked = weekOf(route.query);
      if (asked && compareWeeks(asked, hotspots.latestWeek.value) <= 0 && asked.label !== hotspots.week.value.label) hotspots.week.value = asked;
    },
    { immediate: true },
  );
  watch(hotspots.week, (week) => {
    if (view.value === 'map' && user.value && route.query.vecka !== week.label) void router.replace({ query: { ...route.query, vecka: week.label } });
  });
  watch(
    () => [address.value.situation, selectedId.value] as const,
    ([situation, id]) => void (situation && id && scrollToSituation()),
    { immediate: true },
  );

  useLayersInAddress(stores);

  const followUpYear = computed(() => yearOf(route));
  /** Another view: a follow-up page keeps the year chosen, the map its week. */
  function navigate(to: 'map' | FollowUpPage): void {
    if (to === 'map') go({ name: 'map', query: mapQuery() });
    else go({ name: to, params: followUpYear.value ? { year: String(followUpYear.value) } : {} });
  }
  const chooseYear = (year: number): void => void router.replace({ name: view.value, params: { year: String(year) } });

  function openSignIn(): void {
    if (view.value === 'signIn') focus('signInHeading');
    else go(signInFor(route.fullPath));
  }
  async function returnFromSignIn(to: 'panel' | 'header'): Promise<void> {
    await router.push(returnAddress(route.query));
    await nextTick();
    if (to === 'header') focus('signInButton');
    // An open district focuses its own heading when it mounts.
    else if (!selectedId.value) focus('panelIntro');
  }
  async function signOutByUser(): Promise<void> {
    stores.session.signOut('user');
    await nextTick();
    focus('signInButton');
  }
  // Back from the organisation's sign-in page on the sign-in page's address: on to the view it was opened from.
  watch([user, view], ([now, shown]) => {
    if (now && shown === 'signIn' && route.query.tillbaka) void router.replace(returnAddress(route.query));
  });
  // A session that ends on its own (expiry, refused token) takes the "Logga ut" button with it; if
  // that had the focus, give it to "Logga in" rather than leave it on the page body.
  watch(stores.session.session, async (now, before) => {
    if (!before || now) return;
    await nextTick();
    if (!document.activeElement || document.activeElement === document.body) focus('signInButton');
  });

  return {
    view,
    address,
    selectedId,
    openMeasure,
    openVenue,
    followUpYear,
    select,
    selectMeasure,
    selectVenue,
    proposeMeasure,
    measureSaved,
    measureWithdrawn,
    afterImport: () => {
      void districts.reload();
      void stores.incidents.reload();
    },
    navigate,
    chooseYear,
    openSignIn,
    returnFromSignIn,
    signOutByUser,
    registerFocus: (target, fn) => {
      focusTargets.set(target, fn);
      return () => focusTargets.get(target) === fn && focusTargets.delete(target);
    },
  };
}

export function provideNavigation(stores: DataStores): Navigation {
  const navigation = createNavigation(stores);
  provide(NAVIGATION, navigation);
  return navigation;
}

export function useNavigation(): Navigation {
  const navigation = inject(NAVIGATION);
  if (!navigation) throw new Error('useNavigation() outside the app: provideNavigation() was not called above it');
  return navigation;
}

/** Lets the navigation focus this element (see FocusTarget) while the component is mounted. */
export function useFocusTarget(target: FocusTarget, focus: () => void): void {
  onBeforeUnmount(useNavigation().registerFocus(target, focus));
}
