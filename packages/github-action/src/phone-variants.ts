import { phoneDigits } from '@plivo-verify/core/pure';

/**
 * Every spelling of a number the logs could show: as given, digits only, and `+digits`. The runner masks exact
 * strings only, so each form is registered.
 */
export function phoneVariants(value: string): string[] {
  const trimmed = value.trim();
  const digits = phoneDigits(trimmed);
  return [...new Set([trimmed, digits, `+${digits}`])].filter((variant) => variant.replace(/\D/g, '').length >= 4);
}
