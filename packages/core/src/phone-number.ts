import { z } from 'zod/v4';

// Formatting people paste with numbers; removed before checking E.164.
const FORMATTING = /[\s\-().]/g;
const E164_DIGITS = /^[1-9]\d{6,14}$/;

/**
 * The digits of a number as Plivo stores and returns it (`+1 (415) 555-0100` → `14155550100`), without checking
 * it: for comparing two spellings of one number, or masking every form of it.
 */
export function phoneDigits(value: string): string {
  const compact = value.trim().replace(FORMATTING, '');
  return compact.startsWith('+') ? compact.slice(1) : compact;
}

/**
 * A phone number in E.164, with or without `+`, formatting characters allowed. Normalised to the digits-only
 * form Plivo stores and returns (`+1 (415) 555-0100` → `14155550100`).
 */
export const PhoneNumber: z.ZodType<string, string> = z.string().transform((value, ctx) => {
  const digits = phoneDigits(value);
  if (!E164_DIGITS.test(digits)) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected a phone number in E.164 format, e.g. +14155550100 (country code, 7 to 15 digits)',
    });
    return z.NEVER;
  }
  return digits;
});
