/**
 * `+918707046406` → `+91******6406`, `+14155550100` → `+14*****0100`: enough to recognise a number, never enough to
 * dial it. At least five digits stay hidden (100,000 candidates), so short numbers show fewer digits at the end.
 */
export function maskPhoneNumber(phone: string): string {
  // Plain-JS callers reach this from logging paths with whatever they have: never throw there.
  const digits = String(phone ?? '').replace(/\D/g, '');
  if (digits.length < 6) return '*'.repeat(digits.length);
  const HIDDEN = 5;
  const tail = Math.min(4, Math.max(0, digits.length - HIDDEN - 2));
  const head = Math.min(2, digits.length - HIDDEN - tail);
  return `+${digits.slice(0, head)}${'*'.repeat(digits.length - head - tail)}${tail ? digits.slice(-tail) : ''}`;
}

// A standalone run of 4+ digits could be an OTP or a phone number; ids such as UUID segments are left alone.
const STANDALONE_DIGITS = /(?<![\w-])\+?\d{4,}(?![\w-])/g;
// A phone number written with spaces, dashes, dots or parentheses (checked for 7+ digits before it is cut).
const PHONE_LIKE = /(?<![\w-])\+?\(?\d[\d\s().-]{5,}\d(?![\w-])/g;

/**
 * Cleans text that came from outside (server error messages) before it goes into an error: each known secret
 * is cut out, and standalone digit runs (codes, phone numbers) are masked.
 */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('[redacted]');
  }
  return out
    .replace(PHONE_LIKE, (match) =>
      // A spelled-out number ((415) 555-0100, 1-415-555-0100): 7+ digits, not a date.
      match.replace(/\D/g, '').length >= 7 && !/^\d{4}-\d{2}-\d{2}/.test(match) ? '[redacted]' : match,
    )
    .replace(STANDALONE_DIGITS, '[redacted]');
}

/**
 * Every form in which a credential could come back in an echo: the raw token, URL-encoded, and the base64
 * `authId:token` of the Basic header (standard and URL-safe alphabets, padding dropped so `=` and `%3D` endings both
 * match).
 */
export function secretForms(authId: string, authToken: string): string[] {
  const basic = btoa(`${authId}:${authToken}`).replace(/=+$/, '');
  const forms = [
    authToken,
    encodeURIComponent(authToken),
    encodeURIComponent(authToken).replace(/%20/g, '+'),
    basic,
    basic.replace(/\+/g, '-').replace(/\//g, '_'),
    encodeURIComponent(basic),
    btoa(authToken).replace(/=+$/, ''),
  ];
  // Longest first, so a form that contains another is cut out whole.
  return [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

// A field name worth echoing: short, identifier-like, no run of 4+ digits (a phone number or a code, Plivo's codes
// have 4 to 8 digits, used as a key).
const ECHOABLE_FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * A caller's unknown key as it may appear in an error: the key itself when it looks like a field name, else a
 * placeholder. A JSON body posted as a form arrives as one key holding the whole body, phone number included.
 */
export function echoableFieldName(key: string): string {
  return ECHOABLE_FIELD.test(key) && !/\d{4,}/.test(key) ? key : '(unrecognised key, not shown)';
}
