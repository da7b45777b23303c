import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { layersOf, viewOf } from '../router';
import type { DataStores } from './data';

/** A layer's name in the address, its part of the stores, and whether a role sees it before choosing. */
const LAYERS = [
  { name: 'hetpunkter', part: (s: DataStores) => s.hotspots, byDefault: true },
  { name: 'handelser', part: (s: DataStores) => s.incidents, byDefault: true },
  { name: 'atgarder', part: (s: DataStores) => s.measures, byDefault: true },
  { name: 'platser', part: (s: DataStores) => s.venues, byDefault: true },
  { name: 'narvaro', part: (s: DataStores) => s.presence, byDefault: false },
] as const;

/**
 * The layer toggles and the address's `lager` follow each other: a link opens with the layers it
 * names, and a toggle writes the address (replacing it: a toggle is no step back). The address
 * carries `lager` only when the layers shown are not the role's default.
 */
export function useLayersInAddress(stores: DataStores): void {
  const route = useRoute();
  const router = useRouter();
  const layers = LAYERS.map((layer) => ({ name: layer.name, part: layer.part(stores), byDefault: layer.byDefault }));
  const permitted = () => layers.filter((layer) => layer.part.permitted.value);
  const shown = computed(() => permitted().filter((layer) => layer.part.visible.value).map((layer) => layer.name).join(','));
  const byDefault = () => permitted().filter((layer) => layer.byDefault).map((layer) => layer.name).join(',');

  function write(): void {
    if (viewOf(route) !== 'map' || !stores.user.value) return;
    const { lager: before, ...rest } = route.query;
    const now = shown.value === byDefault() ? undefined : shown.value;
    if (before !== now) void router.replace({ query: now === undefined ? rest : { ...rest, lager: now } });
  }
  function apply(asked: readonly string[]): void {
    for (const layer of permitted()) layer.part.visible.value = asked.includes(layer.name);
  }

  // After the stores' own watchers ('post'): a new user's layers are reset to the default first,
  // then set from the address. What changed decides the direction: the address or the user (apply
  // it), or a toggle (write it).
  let applied: { lager: unknown; token: string | undefined } | null = null;
  watch(
    [() => route.query.lager, () => stores.session.session.value?.token, shown],
    ([lager, token]) => {
      if (applied && applied.lager === lager && applied.token === token) return write();
      applied = { lager, token };
      const asked = layersOf(route.query);
      if (asked) apply(asked);
      else write();
    },
    { flush: 'post', immediate: true },
  );
}
