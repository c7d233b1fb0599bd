/** `+918707046406` → `+91******6406`: enough to recognise a number, not enough to dial it. */
export function maskPhoneNumber(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '*'.repeat(digits.length);
  return `+${digits.slice(0, 2)}${'*'.repeat(digits.length - 6)}${digits.slice(-4)}`;
}

/**
 * Removes secrets from text that came from outside (server error messages): each given secret, and any run of
 * 7+ digits (a phone number) masked.
 */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('[redacted]');
  }
  return out.replace(/\+?\d[\d ]{6,}\d/g, (match) => maskPhoneNumber(match));
}
