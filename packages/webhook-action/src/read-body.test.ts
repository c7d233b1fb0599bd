import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem.js';
import { parseBody } from './read-body.js';

const FORM = 'application/x-www-form-urlencoded';

describe('parseBody', () => {
  it('reads form fields, the first of a repeated one, including names Object.prototype has', () => {
    expect(parseBody('recipient=%2B14155550100&channel=sms&channel=voice&toString=x', FORM)).toEqual({
      recipient: '+14155550100',
      channel: 'sms',
      toString: 'x',
    });
  });

  it('says JSON was sent as a form (curl -d without a Content-Type), without echoing the body', () => {
    const error = (() => {
      try {
        parseBody(' {"recipient":"+14155550100"}', FORM);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ProblemError);
    const { problem } = error as ProblemError;
    expect(problem.status).toBe(415);
    expect(problem.detail).toContain('Content-Type: application/json');
    expect(JSON.stringify(problem)).not.toContain('14155550100');
  });

  it('reads a JSON object', () => {
    expect(parseBody('{"recipient":"+14155550100"}', 'application/json; charset=utf-8')).toEqual({
      recipient: '+14155550100',
    });
  });
});
