import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text.js';
import { knownStatus } from './session-status.js';

describe('knownStatus', () => {
  it("keeps core's documented statuses (core folds Plivo's case variants) and turns everything else into unknown", () => {
    expect(['in-progress', 'verified', 'expired'].map(knownStatus)).toEqual(['in-progress', 'verified', 'expired']);
    for (const value of ['<img src=x onerror=alert(1)>verified', 'verified\n::warning::x', '', undefined, 3]) {
      expect(knownStatus(value)).toBe('unknown');
    }
  });
});

describe('plainText', () => {
  it('removes every control character and line separator, so nothing can start a new line', () => {
    expect(plainText('zz\n::error title=x::y\r\u0000\u001b[31m\u2028\u2029\u0085ok')).toBe(
      'zz::error title=x::y[31mok',
    );
  });
});
