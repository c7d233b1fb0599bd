// The Zapier Platform app, generated from the same descriptors as the HTTP service. It calls Plivo directly with
// the user's Auth ID / Auth Token (Basic auth) through core, over Zapier's own `z.request`.

import { nodeClock } from '@plivo-verify/core/clock';
import {
  createVerifyClient,
  describeFields,
  type FieldDescriptor,
  PLIVO_API_BASE_URL,
  type Transport,
  TransportError,
  type VerifyClient,
  VerifyError,
  VerifyValidationError,
} from '@plivo-verify/core/pure';
import type { ActionDescriptor } from './action-descriptor.js';
import { descriptors as allDescriptors } from './descriptors.js';
import { fieldErrors } from './problem.js';

/** The parts of Zapier's `z` object the app uses (kept structural: no runtime dependency on zapier-platform-core). */
export interface ZapierZ {
  request(options: {
    url: string;
    method: string;
    headers: Record<string, string>;
    body?: string;
    skipThrowForStatus: boolean;
  }): Promise<{
    status: number;
    content: string;
    headers: { forEach(cb: (value: string, key: string) => void): void };
  }>;
  errors: {
    Error: new (message: string, code?: string, status?: number) => Error;
    /** Stops the run without an error status, so Autoreplay does not run the step again. */
    HaltedError: new (
      message: string,
    ) => Error;
  };
}

export interface ZapierBundle {
  authData: { username?: string; password?: string };
  inputData: Record<string, unknown>;
}

type Perform = (z: ZapierZ, bundle: ZapierBundle) => Promise<unknown>;

export interface ZapierField {
  key: string;
  label: string;
  helpText?: string;
  required: boolean;
  type: 'string' | 'integer' | 'boolean';
  choices?: Array<{ label: string; value: string; sample: string }>;
  default?: string;
  placeholder?: string;
}

export interface ZapierAction {
  key: string;
  noun: string;
  display: { label: string; description: string };
  operation: {
    perform: Perform;
    inputFields: ZapierField[];
    outputFields: Array<{ key: string; label: string; type?: string }>;
    sample: Record<string, unknown>;
  };
}

export interface ZapierApp {
  version: string;
  platformVersion: string;
  authentication: {
    type: 'basic';
    fields: Array<{ key: string; label: string; required: boolean; type?: string; helpText?: string }>;
    test: Perform;
    connectionLabel: string;
  };
  creates: Record<string, ZapierAction>;
  searches: Record<string, ZapierAction>;
}

export interface ZapierAppOptions {
  /** Default core's `PLIVO_API_BASE_URL`; tests point it at the sandbox. */
  readonly baseUrl?: string;
  readonly descriptors?: readonly ActionDescriptor[];
}

function zapierTransport(z: ZapierZ): Transport {
  return async (request) => {
    let response: Awaited<ReturnType<ZapierZ['request']>>;
    try {
      response = await z.request({
        url: request.url,
        method: request.method,
        headers: { ...request.headers },
        ...(request.body === undefined ? {} : { body: request.body }),
        skipThrowForStatus: true,
      });
    } catch {
      // z.request cannot tell whether the request left: say "sent", so core never repeats a create.
      throw new TransportError('zapier request failed', { phase: 'sent' });
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    return { status: response.status, headers, body: response.content };
  };
}

function client(z: ZapierZ, bundle: ZapierBundle, baseUrl: string): VerifyClient {
  return createVerifyClient({
    authId: bundle.authData.username ?? '',
    authToken: bundle.authData.password ?? '',
    baseUrl,
    transport: zapierTransport(z),
    clock: nodeClock,
    timeoutMs: 10_000,
  });
}

/** Core's errors as Zapier user-facing errors: the message names the field or says what happened, no secrets. */
function zapierError(z: ZapierZ, error: unknown): Error {
  if (VerifyValidationError.isInstance(error)) {
    const fields = error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    return new z.errors.Error(`Invalid input: ${fields}`, 'InvalidInput', 400);
  }
  // Maybe done upstream: an errored step is replayed by Zapier's Autoreplay, which could send a second code. A halted
  // one is not.
  if (VerifyError.isInstance(error) && error.code === 'ambiguous') {
    return new z.errors.HaltedError(
      'Plivo may have acted on this request (a code sent or checked), but its answer was lost. The step is stopped so that no replay sends a second code: look the session up before running it again.',
    );
  }
  if (VerifyError.isInstance(error)) return new z.errors.Error(error.message, error.code, error.status ?? 502);
  return new z.errors.Error('Plivo Verify call failed', 'unknown', 500);
}

function toZapierField(field: FieldDescriptor): ZapierField {
  return {
    key: field.name,
    label: field.label,
    ...(field.description ? { helpText: field.description } : {}),
    required: field.required,
    type: field.type,
    ...(field.choices ? { choices: field.choices.map((value) => ({ label: value, value, sample: value })) } : {}),
    ...(field.default === undefined ? {} : { default: String(field.default) }),
    ...(field.example === undefined ? {} : { placeholder: String(field.example) }),
  };
}

function outputFields(descriptor: ActionDescriptor): Array<{ key: string; label: string; type?: string }> {
  const properties = (descriptor.output.properties ?? {}) as Record<string, { type?: string; description?: string }>;
  return Object.entries(properties).map(([key, property]) => ({
    key,
    label: key.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase()),
    ...(property.type === 'integer' || property.type === 'boolean' || property.type === 'string'
      ? { type: property.type }
      : {}),
  }));
}

function action(descriptor: ActionDescriptor, baseUrl: string): ZapierAction {
  const fields = describeFields(descriptor.input);
  return {
    key: descriptor.key,
    noun: descriptor.noun,
    display: { label: descriptor.title, description: descriptor.description },
    operation: {
      async perform(z, bundle) {
        const input: Record<string, unknown> = {};
        for (const field of fields) {
          const value = bundle.inputData[field.name];
          if (value !== undefined && value !== '') input[field.name] = value;
        }
        const parsed = descriptor.input.safeParse(input);
        if (!parsed.success) {
          // The HTTP service's wording, and its guard: a key that could be a number or a code is not echoed.
          const issues = fieldErrors(parsed.error, input)
            .map((issue) => `${issue.field}: ${issue.message}`)
            .join('; ');
          throw new z.errors.Error(`Invalid input: ${issues}`, 'InvalidInput', 400);
        }
        try {
          const result = await descriptor.perform(parsed.data as Record<string, unknown>, {
            verify: client(z, bundle, baseUrl),
          });
          return descriptor.zapier === 'search' ? [result] : result;
        } catch (error) {
          // A search that finds nothing returns no results rather than failing the Zap.
          if (descriptor.zapier === 'search' && VerifyError.isInstance(error) && error.code === 'not_found') return [];
          throw zapierError(z, error);
        }
      },
      inputFields: fields.map(toZapierField),
      outputFields: outputFields(descriptor),
      sample: { ...descriptor.sample },
    },
  };
}

/** Builds the app object synchronously (Zapier reads it at require time). */
export function createZapierApp(options: ZapierAppOptions = {}): ZapierApp {
  const baseUrl = options.baseUrl ?? PLIVO_API_BASE_URL;
  const descriptors = options.descriptors ?? allDescriptors;
  const pick = (kind: 'create' | 'search') =>
    Object.fromEntries(descriptors.filter((d) => d.zapier === kind).map((d) => [d.key, action(d, baseUrl)]));
  return {
    version: '0.0.0',
    platformVersion: '19.1.0',
    authentication: {
      type: 'basic',
      fields: [
        { key: 'username', label: 'Auth ID', required: true, helpText: 'Your Plivo Auth ID (console → Overview).' },
        { key: 'password', label: 'Auth Token', required: true, type: 'password', helpText: 'Your Plivo Auth Token.' },
      ],
      // A one-row list proves the credentials without sending anything.
      async test(z, bundle) {
        try {
          return await client(z, bundle, baseUrl).sessions.list({ limit: 1 });
        } catch (error) {
          throw zapierError(z, error);
        }
      },
      connectionLabel: '{{bundle.authData.username}}',
    },
    creates: pick('create'),
    searches: pick('search'),
  };
}
