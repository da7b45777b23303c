import { describe, expect, it } from 'vitest';
import { returnPath, returnState } from './oidc';

const settings = { redirectPath: '/auth/callback' };

describe('the way back after signing in', () => {
  it('returns to the page the person came from, with its query and page name', () => {
    const state = returnState({ pathname: '/', search: '?lang=en', hash: '#plan' });
    expect(returnPath(state.returnTo, settings)).toBe('/?lang=en#plan');
  });

  it('never leaves the site, whatever the state the provider sends back', () => {
    for (const hostile of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', 42, null, undefined, { returnTo: '/' }]) {
      expect(returnPath(hostile, settings)).toBe('/');
    }
  });

  it('does not return to the callback itself (it would finish a sign-in that is over)', () => {
    expect(returnPath('/auth/callback?code=x&state=y', settings)).toBe('/');
    expect(returnPath('/auth/callback#x', settings)).toBe('/');
  });
});
