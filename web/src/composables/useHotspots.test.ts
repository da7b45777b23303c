import { effectScope, nextTick, shallowRef } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../auth/session';
import { useHotspots } from './useHotspots';
import { isoWeekOf } from '@tk/time';

const session = (roles: Session['user']['roles'], token = 't'): Session => ({
  token,
  expiresAt: '2099-01-01T00:00:00Z',
  user: { id: 'u', name: 'U', roles, districts: [], organisation: null },
});

/** Thursday of week 48 of 2026 in Stockholm: the last complete week is 47. */
const NOW = new Date('2026-11-26T12:00:00Z');

function answerWith(week: (variables: { week: string }) => unknown) {
  return vi.fn(async (_url: string, init: RequestInit) => {
    const { variables } = JSON.parse(init.body as string) as { variables: { week: string } };
    return new Response(JSON.stringify(week(variables)));
  });
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  await nextTick();
};

afterEach(() => vi.unstubAllGlobals());

describe('useHotspots', () => {
  it('asks for the last complete week, steps back, and stops at the current week going forward', async () => {
    const fetch = answerWith(({ week }) => ({ data: { hotspots: { week, cells: [] } } }));
    vi.stubGlobal('fetch', fetch);
    const scope = effectScope();
    const state = scope.run(() => useHotspots(shallowRef(session(['est'])), () => undefined, () => NOW))!;
    await flush();
    expect(state.permitted.value).toBe(true);
    expect(state.analysis.value?.week).toBe('2026-W47');

    state.stepWeek(-1);
    await flush();
    expect(state.analysis.value?.week).toBe('2026-W46');

    state.stepWeek(1);
    state.stepWeek(1);
    state.stepWeek(1); // beyond the current week: ignored
    await flush();
    expect(state.week.value).toEqual(isoWeekOf(2026, 48)!);
    expect(state.analysis.value?.week).toBe('2026-W48');
    scope.stop();
  });

  it('fetches nothing for roles without hot spots', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const scope = effectScope();
    const state = scope.run(() => useHotspots(shallowRef(session(['steering_group'])), () => undefined, () => NOW))!;
    await flush();
    expect(state.permitted.value).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    scope.stop();
  });

  it('keeps a refusal as an error and drops the previous week', async () => {
    let refuse = false;
    vi.stubGlobal(
      'fetch',
      answerWith(({ week }) =>
        refuse ? { data: { hotspots: null }, errors: [{ message: 'down', extensions: { code: 'INTERNAL' } }] } : { data: { hotspots: { week, cells: [] } } },
      ),
    );
    const scope = effectScope();
    const state = scope.run(() => useHotspots(shallowRef(session(['police'])), () => undefined, () => NOW))!;
    await flush();
    refuse = true;
    state.stepWeek(-1);
    await flush();
    expect(state.analysis.value).toBeNull();
    expect(state.error.value).toEqual({ code: 'INTERNAL', reason: null, field: null });
    expect(state.loading.value).toBe(false);
    scope.stop();
  });

  it('starts afresh for the next user: their default week, the layer on', async () => {
    vi.stubGlobal('fetch', answerWith(({ week }) => ({ data: { hotspots: { week, cells: [] } } })));
    const current = shallowRef<Session | null>(session(['est'], 'a'));
    const scope = effectScope();
    const state = scope.run(() => useHotspots(current, () => undefined, () => NOW))!;
    await flush();
    state.stepWeek(-1);
    state.visible.value = false;
    await flush();
    current.value = session(['area_group'], 'b');
    await flush();
    expect(state.week.value).toEqual(isoWeekOf(2026, 47)!);
    expect(state.visible.value).toBe(true);
    expect(state.analysis.value?.week).toBe('2026-W47');
    current.value = null;
    await flush();
    expect(state.analysis.value).toBeNull();
    expect(state.permitted.value).toBe(false);
    scope.stop();
  });

  it('signs out when the server refuses the token', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ errors: [{ message: 'expired' }] }), { status: 401 }));
    const onTokenRefused = vi.fn();
    const scope = effectScope();
    scope.run(() => useHotspots(shallowRef(session(['admin'])), onTokenRefused, () => NOW));
    await flush();
    expect(onTokenRefused).toHaveBeenCalledOnce();
    scope.stop();
  });
});
