// Characters people type inside phone numbers; dropped to get the digits Plivo stores and returns.
const FORMATTING = /[\s\-().]/g;

/** The digits of a number as Plivo stores it (`+1 (415) 555-0100` → `14155550100`). */
export function phoneDigits(value: string): string {
  return value.replace(FORMATTING, '').replace(/^\+/, '');
}

/**
 * Every spelling of a number the logs could show: as given, digits only, and `+digits`. The runner masks exact
 * strings only, so each form is registered.
 */
export function phoneVariants(value: string): string[] {
  const trimmed = value.trim();
  const digits = phoneDigits(trimmed);
  return [...new Set([trimmed, digits, `+${digits}`])].filter((variant) => variant.replace(/\D/g, '').length >= 4);
}
