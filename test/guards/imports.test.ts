/**
 * The shape of the tree, read from its imports: the web reaches the server only over HTTP (it
 * imports the isomorphic packages in lib/, never gis/ or a service), those packages stay free of
 * Node and of the server, and no module imports itself round a circle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = /\.(ts|mts|vue)$/;

/** Every source file git knows, relative to the root. */
const files = execFileSync('git', ['ls-files', 'gis', 'lib', 'services', 'web/src', 'test', 'bench', 'scripts'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCES.test(f) && existsSync(join(ROOT, f)));

/** Workspace packages by name: their folder and how an import of them maps to a file. */
const packages = new Map<string, string>(
  execFileSync('git', ['ls-files', '*package.json'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && f !== 'package.json')
    .map((f) => [(JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as { name: string }).name, dirname(f)]),
);

const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The project file a module specifier names, or null for a package from the registry or a Node built-in. */
function resolve(from: string, specifier: string): string | null {
  const candidates = (base: string) => [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}.vue`, join(base, 'index.ts')];
  if (specifier.startsWith('.')) {
    const found = candidates(normalize(join(dirname(from), specifier))).find((c) => files.includes(c) || existsSync(join(ROOT, c)));
    if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
    return found;
  }
  const match = /^(@tk\/[^/]+)(?:\/(.+))?$/.exec(specifier);
  const folder = match ? packages.get(match[1]!) : undefined;
  if (!folder) return null;
  const found = candidates(join(folder, 'src', match![2] ?? 'index')).find((c) => files.includes(c));
  if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

const edges = new Map<string, string[]>(
  files.map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3]!).map((s) => resolve(file, s));
    return [file, [...new Set(targets.filter((t): t is string => t !== null))]];
  }),
);
const specifiersOf = (file: string): string[] => [...readFileSync(join(ROOT, file), 'utf8').matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3]!);

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function circles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  files.forEach((f) => order.has(f) || visit(f));
  return found;
}

const isServer = (file: string) => file.startsWith('gis/') || file.startsWith('services/');

describe('the import graph', () => {
  it('reads every import of the tree (the test sees what it judges)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(edges.get('web/src/main.ts')).toContain('web/src/App.vue');
  });

  it('has no import from the web into server code', () => {
    const crossings = files
      .filter((f) => f.startsWith('web/'))
      .flatMap((f) => edges.get(f)!.filter(isServer).map((t) => `${f} → ${t}`));
    expect(crossings).toEqual([]);
  });

  it('keeps the isomorphic packages in lib/ free of the server, the web, Node and GraphQL', () => {
    const sources = files.filter((f) => /^lib\/[^/]+\/src\//.test(f));
    const crossings = sources.flatMap((f) => edges.get(f)!.filter((t) => !t.startsWith('lib/')).map((t) => `${f} → ${t}`));
    const runtimes = sources.flatMap((f) => specifiersOf(f).filter((s) => s.startsWith('node:') || s === 'graphql').map((s) => `${f} → ${s}`));
    expect(sources.length).toBeGreaterThan(10);
    expect([...crossings, ...runtimes]).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(circles().map((c) => c.join(' → '))).toEqual([]);
  });
});
