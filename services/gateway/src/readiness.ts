import type { ServerResponse } from 'node:http';

/** How long one subgraph may take to say it is ready before it counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * The gateway is ready when every subgraph is: a load balancer then stops sending traffic to a
 * gateway whose answers would be partial, and the body names the subgraphs that are down.
 */
export function readiness(subgraphUrls: Partial<Record<string, string>>) {
  const probes = Object.entries(subgraphUrls).map(([name, url]) => ({ name, url: new URL('/ready', url!).href }));
  const up = async (url: string) => {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      await res.body?.cancel();
      return res.ok;
    } catch {
      return false;
    }
  };
  return async (res: ServerResponse): Promise<void> => {
    const states = await Promise.all(probes.map(async (p) => ({ name: p.name, up: await up(p.url) })));
    const down = states.filter((s) => !s.up).map((s) => s.name);
    res.writeHead(down.length ? 503 : 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(down.length ? { status: 'unavailable', down } : { status: 'ready', subgraphs: states.map((s) => s.name) }));
  };
}
