import { describe, expect, it } from 'vitest';
import { parseCallback } from './callback-event.js';
import { VerifyValidationError } from './verify-error.js';

const form = {
  SessionUUID: '8e712097-8090-4644-81e7-8f4265d8354e',
  SessionStatus: 'in-progress',
  Channel: 'sms',
  ChannelStatus: 'delivered',
  AttemptSequence: '1',
  AttemptUUID: 'f2c5ad5a-0e9a-4b74-8f1b-1f0f3c1f2a11',
  Recipient: '14155550100',
  RequestTime: '2026-11-26 12:00:00',
  ChannelErrorCode: '',
};

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
      const fields = (error as VerifyValidationError).issues.map((issue) => issue.field);
      expect(fields).toEqual(expect.arrayContaining(['SessionUUID', 'AttemptSequence']));
    }
  });
});
