import { describe, expect, it } from 'vitest';
import { signedUrl } from '../nodes/PlivoVerifyTrigger/signed-url';

describe('signedUrl', () => {
  it('keeps the URL exactly as n8n shows it in test mode too (port 443, host case): the same as production', () => {
    for (const url of [
      'https://n8n.example.com:443/webhook/abc/webhook',
      'https://N8N.Example.com/webhook/abc/webhook',
    ]) {
      const production = signedUrl(url, '/webhook/abc/webhook', false);
      expect(production).toBe(url);
      expect(signedUrl(url, '/webhook-test/abc/webhook', true)).toBe(production.replace('/webhook/', '/webhook-test/'));
    }
  });

  it('keeps a trailing slash the callback came with (Plivo signed it; n8n routes it to the same webhook)', () => {
    const url = 'https://n8n.example.com/webhook/abc/webhook';
    expect(signedUrl(url, '/webhook/abc/webhook/', false)).toBe(`${url}/`);
    expect(signedUrl(url, '/webhook/abc/webhook/?a=1', false)).toBe(`${url}/?a=1`);
    expect(signedUrl(url, '/webhook-test/abc/webhook/', true)).toBe(
      'https://n8n.example.com/webhook-test/abc/webhook/',
    );
    expect(signedUrl(url, '/webhook/abc/webhook?a=1', false)).toBe(`${url}?a=1`);
  });

  it('swaps only the endpoint segment behind a path prefix', () => {
    expect(signedUrl('https://n8n.example.com/hooks/webhook/abc/webhook', '/webhook-test/abc/webhook', true)).toBe(
      'https://n8n.example.com/hooks/webhook-test/abc/webhook',
    );
  });
});
