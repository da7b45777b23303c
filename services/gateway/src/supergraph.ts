import { readFileSync } from 'node:fs';
import type { ServiceName } from '@tk/gis';
import { SUPERGRAPH_FILE } from './compose.js';

/**
 * The committed supergraph names the default subgraph URLs; a deployment (or a test on free ports)
 * points each subgraph elsewhere. Only the `url:` of each `@join__graph` changes.
 */
export function loadSupergraph(urls: Partial<Record<ServiceName, string>> = {}, file = SUPERGRAPH_FILE): string {
  return readFileSync(file, 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (whole, name: ServiceName) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole),
  );
}
