import { effectScope, nextTick, ref } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { useLoaded, type ClearWhen } from './useLoaded';

/** A question whose answer the test gives (or refuses) when it likes, as a server would. */
function questions() {
  const pending: { key: string; resolve: (v: string) => void; reject: (e: unknown) => void; signal: AbortSignal }[] = [];
  const ask = (key: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => pending.push({ key, resolve, reject, signal }));
  return { pending, ask };
}
const settle = async () => {
  await Promise.resolve();
  await nextTick();
};

function setUp(clear?: ClearWhen, keepWhileIdle = false) {
  const key = ref<string | null>('a');
  const { pending, ask } = questions();
  const refused = vi.fn();
  const scope = effectScope();
  const loaded = scope.run(() =>
    useLoaded({ key: () => key.value, load: (signal) => (key.value ? ask(key.value, signal) : null), onTokenRefused: refused, clear, keepWhileIdle }),
  )!;
  return { key, pending, refused, scope, loaded };
}

describe('useLoaded', () => {
  it('asks at once and again when the key changes, and drops an answer that arrives after a newer question', async () => {
    const { key, pending, loaded, scope } = setUp();
    expect(pending.map((q) => q.key)).toEqual(['a']);
    expect(loaded.loading.value).toBe(true);
    key.value = 'b';
    await settle();
    expect(pending[0]!.signal.aborted).toBe(true);
    pending[1]!.resolve('B');
    pending[0]!.resolve('A (late)');
    await settle();
    expect([loaded.data.value, loaded.loading.value]).toEqual(['B', false]);
    scope.stop();
    expect(pending[1]!.signal.aborted).toBe(true);
  });

  it('keeps the answer while asking again, and shows nothing after a failure by default', async () => {
    const { pending, loaded } = setUp();
    pending[0]!.resolve('A');
    await settle();
    void loaded.reload();
    expect(loaded.data.value).toBe('A');
    pending[1]!.reject(new ApiError('down', 'HTTP_ERROR'));
    await settle();
    expect(loaded.data.value).toBeNull();
    expect(loaded.error.value?.code).toBe('HTTP_ERROR');
  });

  it('signs out on a refused token instead of showing an error', async () => {
    const { pending, loaded, refused } = setUp();
    pending[0]!.reject(new ApiError('expired', 'UNAUTHENTICATED'));
    await settle();
    expect(refused).toHaveBeenCalledOnce();
    expect(loaded.error.value).toBeNull();
  });

  it.each([
    ['failed', { asking: 'A', failed: null, keyChanged: 'A' }],
    ['asking', { asking: null, failed: null, keyChanged: null }],
    ['keyChanged', { asking: 'A', failed: 'A', keyChanged: null }],
    ['never', { asking: 'A', failed: 'A', keyChanged: 'A' }],
  ] as const)('clear: %s drops the answer only then', async (clear, expected) => {
    const { key, pending, loaded } = setUp(clear);
    pending[0]!.resolve('A');
    await settle();
    void loaded.reload();
    const asking = loaded.data.value;
    pending[1]!.reject(new ApiError('down', 'HTTP_ERROR'));
    await settle();
    const failed = loaded.data.value;
    loaded.data.value = 'A';
    key.value = 'b';
    await settle();
    expect({ asking, failed, keyChanged: loaded.data.value }).toEqual(expected);
  });

  it('forgets the answer when there is nothing to ask, unless told to keep it', async () => {
    for (const keep of [false, true]) {
      const { key, pending, loaded } = setUp(undefined, keep);
      pending[0]!.resolve('A');
      await settle();
      key.value = null;
      await settle();
      expect([loaded.data.value, loaded.loading.value]).toEqual([keep ? 'A' : null, false]);
    }
  });
});
