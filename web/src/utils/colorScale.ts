export type Rgb = readonly [number, number, number];

/** Parses "#rrggbb" or "#rgb". */
export function parseHex(hex: string): Rgb {
  const digits = hex.replace(/^#/, '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  const value = Number.parseInt(full, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

const clamp01 = (t: number): number => Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));

/** The colour a fraction t (clamped to 0–1) of the way from `from` to `to`, mixed in sRGB. */
export function mixColors(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  const k = clamp01(t);
  return toHex([a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k]);
}

/**
 * Colour for `value` on a sequential ramp of evenly spaced stops over [0, max]; values at or above
 * max get the last stop, so one outlier cannot wash out the rest.
 */
export function sequentialColor(value: number, max: number, ramp: readonly string[]): string {
  if (ramp.length === 0) throw new Error('A colour ramp needs at least one stop');
  if (ramp.length === 1 || max <= 0) return ramp[0]!;
  const position = clamp01(value / max) * (ramp.length - 1);
  const index = Math.min(Math.floor(position), ramp.length - 2);
  return mixColors(ramp[index]!, ramp[index + 1]!, position - index);
}

function channelLuminance(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channelLuminance(r) + 0.7152 * channelLuminance(g) + 0.0722 * channelLuminance(b);
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
