import { reactive } from 'vue';

/** Which layers' legends are folded, kept for the tab: a reload keeps the map as the user left it. */
const KEY = 'tk.legend.folded';

function readFolded(): string[] {
  try {
    const value: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

const folded = reactive(new Set<string>(readFolded()));

export const legendOpen = (layer: string): boolean => !folded.has(layer);

export function setLegendOpen(layer: string, open: boolean): void {
  if (open) folded.delete(layer);
  else folded.add(layer);
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify([...folded]));
  } catch {
    // Storage refused (private mode, full): the choice holds until the page is left.
  }
}
