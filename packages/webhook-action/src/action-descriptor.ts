import type { VerifyClient } from '@plivo-verify/core/pure';
import type { z } from 'zod/v4';

/** What a descriptor's `perform` gets besides its input. */
export interface PerformContext {
  readonly verify: VerifyClient;
  readonly signal?: AbortSignal;
}

/** One action, described once: the HTTP routes, OpenAPI, Swagger and the Zapier app are generated from these. */
export interface ActionDescriptor<
  I extends z.ZodObject = z.ZodObject,
  O extends Record<string, unknown> = Record<string, unknown>,
> {
  /** `^[a-zA-Z][a-zA-Z0-9_]*$` (Zapier's key rule). */
  readonly key: string;
  /** PascalCase, for Swagger / Power Automate. */
  readonly operationId: string;
  readonly noun: string;
  /** ≤ 64 characters (Zapier's label limit). */
  readonly title: string;
  readonly description: string;
  /** Core's exported input schema (or a pick of it): the one definition of every Plivo field. */
  readonly input: I;
  readonly http: {
    readonly method: 'GET' | 'POST';
    /** OpenAPI style, e.g. `/v1/sessions/{session_uuid}`. */
    readonly path: string;
    /** Input fields taken from the path instead of the body. */
    readonly pathParams: readonly string[];
    readonly successStatus: 200 | 201;
    /** Status of an answer that returns an earlier result instead of acting again (the dedupe window). */
    readonly dedupeStatus?: 200;
  };
  /** JSON Schema of the success body. */
  readonly output: Readonly<Record<string, unknown>>;
  readonly sample: O;
  readonly hints: { readonly idempotent: boolean; readonly readOnly: boolean };
  /** Zapier kind: creates change something, searches find something. */
  readonly zapier: 'create' | 'search';
  perform(input: z.output<I>, context: PerformContext): Promise<O>;
  /**
   * For an action that may have acted upstream: the outcome of an attempt that started at `since` and never
   * finished (its replica died mid-request), found without acting again; undefined when it cannot be confirmed.
   */
  recover?(input: z.output<I>, since: Date, context: PerformContext): Promise<O | undefined>;
}
