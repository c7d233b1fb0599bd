import { describe, expect, it } from 'vitest';
import { echoableFieldName, maskPhoneNumber, scrubText, secretForms } from './redact.js';

describe('redaction', () => {
  it('masks phone numbers to country prefix and last four digits', () => {
    expect(maskPhoneNumber('+918707046406')).toBe('+91******6406');
    expect(maskPhoneNumber('14155550100')).toBe('+14*****0100');
    expect(maskPhoneNumber('123')).toBe('***');
    // Plain-JS callers may pass anything: masked the same, never a TypeError.
    expect(maskPhoneNumber(14155550100 as never)).toBe('+14*****0100');
    expect(maskPhoneNumber(null as never)).toBe('');
    expect(maskPhoneNumber(undefined as never)).toBe('');
  });

  it('keeps at least five digits hidden, so a short number is never one guess from dialable', () => {
    expect(maskPhoneNumber('+6834002')).toBe('+68*****');
    expect(maskPhoneNumber('+50012345')).toBe('+50*****5');
    for (let length = 6; length <= 15; length += 1) {
      const digits = '123456789012345'.slice(0, length);
      const masked = maskPhoneNumber(digits);
      expect((masked.match(/\*/g) ?? []).length).toBeGreaterThanOrEqual(5);
      expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(6);
      expect(masked.length).toBe(length + 1);
    }
  });

  it('cuts phone numbers however they are spelled, but keeps dates', () => {
    for (const phone of ['(415) 555-0100', '1-415-555-0100', '+1 415 555 0100', '415.555.0100']) {
      expect(scrubText(`number ${phone} blocked`, [])).toBe('number [redacted] blocked');
    }
    expect(scrubText('at 2026-11-26 12:00:00 for session 8e712097-8090-4644-81e7-8f4265d8354e', [])).toBe(
      'at 2026-11-26 12:00:00 for session 8e712097-8090-4644-81e7-8f4265d8354e',
    );
  });

  it('cuts secrets and standalone digit runs but keeps ids readable', () => {
    const text = 'otp 123456 for +14155550100 token abc session 8e712097-8090-4644-81e7-8f4265d8354e code_length 4';
    expect(scrubText(text, ['abc'])).toBe(
      'otp [redacted] for [redacted] token [redacted] session 8e712097-8090-4644-81e7-8f4265d8354e code_length 4',
    );
  });
});

describe('scrubText thresholds', () => {
  it('masks a 4-digit code, the shortest Plivo sends', () => {
    expect(scrubText('code 4821 expired', [])).toBe('code [redacted] expired');
  });

  it('masks a spelled phone number of 7 digits', () => {
    expect(scrubText('call 555-0100 now', [])).toBe('call [redacted] now');
    expect(scrubText('call 555 01 00 now', [])).toBe('call [redacted] now');
  });
});

describe('secretForms', () => {
  it('includes the URL-safe base64 Basic credential and lists longer forms first', () => {
    const forms = secretForms('MAXXXXXXXXXXXXXXXXXX', 'tok>9f8e7d6c5b4a3928?');
    expect(forms).toContain(btoa('MAXXXXXXXXXXXXXXXXXX:tok>9f8e7d6c5b4a3928?').replace(/\//g, '_'));
    const echoed = `a ${encodeURIComponent('tok%')} b`;
    expect(scrubText(echoed, secretForms('MAXXXXXXXXXXXXXXXXXX', 'tok%'))).toBe('a [redacted] b');
  });
});

describe('echoableFieldName', () => {
  it('echoes field-like keys and withholds anything that could carry a number or a code', () => {
    expect(echoableFieldName('colour')).toBe('colour');
    expect(echoableFieldName('session_time__gte')).toBe('session_time__gte');
    for (const key of [
      '+14155550100',
      '{"recipient":"+14155550100"}',
      'otp123456',
      'otp1234',
      'a b',
      '',
      'x'.repeat(65),
    ]) {
      expect(echoableFieldName(key)).toBe('(unrecognised key, not shown)');
    }
  });
});
