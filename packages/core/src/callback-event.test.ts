import { describe, expect, it } from 'vitest';
import { CALLBACK_PARAMS } from './__fixtures__/callback-params.js';
import { parseCallback } from './callback-event.js';
import { VerifyValidationError } from './verify-error.js';

const form = { ...CALLBACK_PARAMS };

describe('parseCallback', () => {
  it('types a form-encoded body', () => {
    const event = parseCallback(new URLSearchParams(form).toString());
    expect(event).toMatchObject({ ...form, AttemptSequence: 1, ChannelErrorCode: null });
  });

  it('accepts a record and URLSearchParams alike, and keeps unknown parameters', () => {
    const fromRecord = parseCallback({ ...form, Locale: 'en' });
    const fromSearch = parseCallback(new URLSearchParams({ ...form, Locale: 'en' }));
    expect(fromRecord).toEqual(fromSearch);
    expect((fromRecord as Record<string, unknown>).Locale).toBe('en');
  });

  it('folds case of statuses and keeps error codes', () => {
    const event = parseCallback({
      ...form,
      SessionStatus: 'Expired',
      ChannelStatus: 'FAILED',
      ChannelErrorCode: '452',
    });
    expect(event).toMatchObject({ SessionStatus: 'expired', ChannelStatus: 'failed', ChannelErrorCode: '452' });
  });

  it('names missing and malformed fields', () => {
    const { SessionUUID: _, ...missing } = form;
    try {
      parseCallback({ ...missing, AttemptSequence: 'first' });
      expect.unreachable();
    } catch (error) {
      expect(VerifyValidationError.isInstance(error)).toBe(true);
      const issues = (error as VerifyValidationError).issues;
      expect(issues.map((issue) => issue.field)).toEqual(expect.arrayContaining(['SessionUUID', 'AttemptSequence']));
      // Only the absent field is "required"; the malformed one is told what was expected.
      expect(issues.find((issue) => issue.field === 'SessionUUID')?.message).toBe('is required');
      expect(issues.find((issue) => issue.field === 'AttemptSequence')?.message).not.toBe('is required');
    }
  });
});

describe('parseCallback with nothing to parse', () => {
  it.each([undefined, null, 42])('%s is a validation error, not a TypeError', (input) => {
    expect(() => parseCallback(input as never)).toThrow(VerifyValidationError);
  });

  it('takes a record with no prototype (Object.create(null), as some body parsers build)', () => {
    const bare: Record<string, string> = Object.assign(Object.create(null), form);
    expect(parseCallback(bare)).toMatchObject({ ...form, AttemptSequence: 1, ChannelErrorCode: null });
  });

  it('a value with no text form is a validation error naming the field, not a TypeError', () => {
    const bare: Record<string, unknown> = Object.assign(Object.create(null), form, { Recipient: Object.create(null) });
    const error = (() => {
      try {
        parseCallback(bare as never);
      } catch (e) {
        return e;
      }
    })();
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    expect((error as VerifyValidationError).issues).toEqual([
      { field: 'Recipient', message: 'expected text (a string or an array of strings)' },
    ]);
  });

  it('never echoes a parameter name that carries a number', () => {
    const bare: Record<string, unknown> = Object.assign(Object.create(null), form, {
      '+14155550100': Object.create(null),
    });
    expect(() => parseCallback(bare as never)).toThrow('(unrecognised key, not shown)');
    expect(() => parseCallback(bare as never)).not.toThrow('4155550100');
  });

  it('a parameter named like an Object.prototype member is just a parameter', () => {
    const event = parseCallback(`${new URLSearchParams(form)}&toString=x&constructor=y`);
    expect(event).toMatchObject({ toString: 'x', constructor: 'y' });
  });

  it('AttemptSequence 0 is refused (it is 1-based)', () => {
    expect(() => parseCallback({ ...form, AttemptSequence: '0' })).toThrow('AttemptSequence');
  });

  it('unknown statuses read as unknown, validated reads as verified', () => {
    expect(parseCallback({ ...form, SessionStatus: 'Validated', ChannelStatus: 'teleported' })).toMatchObject({
      SessionStatus: 'verified',
      ChannelStatus: 'unknown',
    });
  });
});
