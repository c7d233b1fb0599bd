/** Plivo's API origin: the client's default `baseUrl`, and what adapters show as the default in their settings. */
export const PLIVO_API_BASE_URL = 'https://api.plivo.com';
