import { describe, expect, it } from 'vitest';
import { violationsOf } from '../src/csp-report.js';

// The receiver's reading of what browsers send: both shapes, and nothing kept that could carry a
// secret or a person's data (queries, fragments, script samples), nothing long.

describe('a policy report, read', () => {
  it("reads report-uri's shape, keeping no query, fragment or sample", () => {
    expect(violationsOf({
      'csp-report': {
        'document-uri': 'https://tk.example.se/auth/callback?code=SECRET&state=x#frag',
        'violated-directive': 'script-src-elem',
        'effective-directive': 'script-src-elem',
        'blocked-uri': 'inline',
        disposition: 'report',
        'source-file': 'https://tk.example.se/assets/index-abc.js?v=1',
        'line-number': 12,
        'script-sample': 'window.secret = "personnummer"',
      },
    })).toEqual([{
      document: 'https://tk.example.se/auth/callback', directive: 'script-src-elem', blocked: 'inline',
      disposition: 'report', source: 'https://tk.example.se/assets/index-abc.js', line: 12,
    }]);
  });

  it("reads the Reporting API's list, csp-violation entries only, twenty at most", () => {
    const one = { type: 'csp-violation', url: 'https://tk.example.se/#ryd', body: { blockedURL: 'https://evil.example/x.js?t=1', effectiveDirective: 'script-src', disposition: 'enforce', lineNumber: -1 } };
    const read = violationsOf([{ type: 'deprecation', body: {} }, ...Array.from({ length: 30 }, () => one)]);
    expect(read).toHaveLength(19);
    expect(read[0]).toEqual({ document: 'https://tk.example.se/', directive: 'script-src', blocked: 'https://evil.example/x.js', disposition: 'enforce', source: null, line: null });
  });

  it('keeps fields short and printable, and a directive a word', () => {
    const [read] = violationsOf({ 'csp-report': { 'document-uri': 'x'.repeat(10_000), 'blocked-uri': 'a\nb\u0000c', 'effective-directive': 'script-src"; drop', disposition: 42 } });
    expect(read!.document).toHaveLength(300);
    expect(read!.blocked).toBe('abc');
    expect(read!.directive).toBe('script-srcdrop');
    expect(read!.disposition).toBe('');
  });

  it('finds no report in anything else', () => {
    for (const body of [null, 1, 'csp', {}, { 'csp-report': 'x' }, [], [1, null], [{ type: 'csp-violation' }]]) expect(violationsOf(body)).toEqual([]);
  });
});
