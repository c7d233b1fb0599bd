// Charges are kept in integer micro-dollars so totals add up exactly; Plivo shows them as decimal strings.
export const PRICE_MICROS = { sms: 21_000, voice: 33_000, validation: 50_000 } as const;

export function formatMoney(micros: number): string {
  return (micros / 1_000_000).toFixed(5);
}
