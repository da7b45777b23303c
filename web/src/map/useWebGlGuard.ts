/**
 * Whether this browser can give MapLibre a WebGL 2 context. Probing once up front lets the app show
 * a readable message instead of an empty rectangle and a console error.
 */
export function detectWebGl2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    // Free the probe context at once; browsers cap how many may be alive.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}

let cached: boolean | undefined;

export function useWebGlGuard(): { webGlAvailable: boolean } {
  cached ??= detectWebGl2();
  return { webGlAvailable: cached };
}
