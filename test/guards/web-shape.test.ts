/**
 * The shape the web keeps (issue 16): small components that read shared state from the stores
 * instead of a long list of props, and an App.vue that only lays the views out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScript, parse, registerTS } from '@vue/compiler-sfc';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_LINES = 250;
const MAX_PROPS = 8;
registerTS(() => ts);

const components = execFileSync('git', ['ls-files', 'web/src/*.vue', 'web/src/**/*.vue'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

/** The props a component declares (defineProps and defineModel), as the Vue compiler reads them. */
function propsOf(file: string): string[] {
  const path = join(ROOT, file);
  const { descriptor } = parse(readFileSync(path, 'utf8'), { filename: path });
  if (!descriptor.scriptSetup && !descriptor.script) return [];
  const { bindings = {} } = compileScript(descriptor, { id: file, fs: ts.sys });
  const declared = Object.entries(bindings).filter(([, kind]) => kind === 'props').map(([name]) => name);
  // The compiler lists a model as a local ref: defineModel('x') is the prop `x` (plain defineModel() is `modelValue`).
  const models = [...(descriptor.scriptSetup?.content ?? '').matchAll(/\bdefineModel(?:<[^(]*>)?\(\s*(?:'([^']+)')?/g)].map((m) => m[1] ?? 'modelValue');
  return [...declared, ...models];
}

describe('the web components', () => {
  it('are found', () => {
    expect(components.length).toBeGreaterThan(40);
    expect(components).toContain('web/src/App.vue');
  });

  it(`are at most ${MAX_LINES} lines each`, () => {
    const long = components
      .map((file) => ({ file, lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it(`take at most ${MAX_PROPS} props each (shared state comes from the stores)`, () => {
    const many = components.map((file) => ({ file, props: propsOf(file) })).filter(({ props }) => props.length > MAX_PROPS);
    expect(many).toEqual([]);
  });

  it('counts the props that a component declares, models included', () => {
    expect(propsOf('web/src/components/HotspotControl.vue')).toContain('visible');
    expect(propsOf('web/src/components/HotspotControl.vue').length).toBeGreaterThan(3);
  });

  it('leave App.vue the layout: no watchers, functions, router or DOM of its own', () => {
    const app = readFileSync(join(ROOT, 'web/src/App.vue'), 'utf8');
    const script = app.slice(app.indexOf('<script'), app.indexOf('</script>'));
    expect(script).not.toMatch(/\bwatch(Effect)?\(|\bfunction\b|\basync\b|\buseRouter\(|\bdocument\b|\bfetch\w*\(/);
    expect(script).toMatch(/provideDataStores\(\)/);
  });
});
