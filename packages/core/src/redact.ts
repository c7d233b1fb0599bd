/** `+918707046406` → `+91******6406`: enough to recognise a number, not enough to dial it. */
export function maskPhoneNumber(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '*'.repeat(digits.length);
  return `+${digits.slice(0, 2)}${'*'.repeat(digits.length - 6)}${digits.slice(-4)}`;
}

// A standalone run of 4+ digits could be an OTP or a phone number; ids such as UUID segments are left alone.
const STANDALONE_DIGITS = /(?<![\w-])\+?\d{4,}(?![\w-])/g;

/**
 * Cleans text that came from outside (server error messages) before it goes into an error: each known secret
 * is cut out, and standalone digit runs (codes, phone numbers) are masked.
 */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('[redacted]');
  }
  return out.replace(STANDALONE_DIGITS, '[redacted]');
}
