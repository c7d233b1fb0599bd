import type { Transport, TransportRequest, TransportResponse } from '../transport.js';

export type Reply = TransportResponse | Error | ((request: TransportRequest) => TransportResponse | Error);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A transport that records requests and answers from a script (the last reply repeats). */
export function fakeTransport(...replies: Reply[]): Transport & { requests: TransportRequest[] } {
  const requests: TransportRequest[] = [];
  const transport = async (request: TransportRequest) => {
    requests.push(request);
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)];
    if (reply === undefined) throw new Error('no reply scripted');
    const value = typeof reply === 'function' ? reply(request) : reply;
    if (value instanceof Error) throw value;
    return value;
  };
  return Object.assign(transport, { requests });
}

export const AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';
export const AUTH_TOKEN = 'super-secret-token-value';
export const SESSION_UUID = '8e712097-8090-4644-81e7-8f4265d8354e';
export const API_ID = '3335cb16-d297-4e00-a5e6-66d2bb03b323';

export const CREATED = json(202, { api_id: API_ID, message: 'Session initiated', session_uuid: SESSION_UUID });

export function sessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    api_id: API_ID,
    session_uuid: SESSION_UUID,
    app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
    alias: 'default_verify_app',
    recipient: '918707046406',
    channel: 'sms',
    status: 'in-progress',
    count: 1,
    requestor_ip: '127.0.0.1',
    destination_country_iso2: 'IN',
    destination_network: null,
    attempt_details: [
      {
        channel: 'sms',
        attempt_uuid: 'f2c5ad5a-0e9a-4b74-8f1b-1f0f3c1f2a11',
        status: 'delivered',
        time: '2026-11-26T12:00:00.000000Z',
      },
    ],
    charges: {
      total_charge: '0.02100',
      validation_charge: '0.0000',
      attempt_charges: [{ attempt_uuid: 'f2c5ad5a-0e9a-4b74-8f1b-1f0f3c1f2a11', channel: 'sms', charge: '0.02100' }],
    },
    created_at: '2026-11-26T12:00:00.000000Z',
    updated_at: '2026-11-26T12:00:01.000000Z',
    ...overrides,
  };
}
