import { fieldIssues, VerifyError, VerifyRateLimitError, VerifyValidationError } from '@plivo-verify/core/pure';
import type { z } from 'zod/v4';
import { StoreFullError } from './store-full-error.js';
import { RateLimiterBusyError } from './store-rate-limiter.js';
import { StoreUnavailableError } from './store-unavailable-error.js';

/** One bad input field, as problem+json `errors[]` lists it. */
export interface ProblemFieldError {
  readonly field: string;
  readonly message: string;
}

/** An RFC 9457 problem with this service's extensions. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly retryable: boolean;
  readonly errors?: readonly ProblemFieldError[];
  readonly api_id?: string;
  readonly reason?: string;
  /** True when Plivo may have sent a code although no answer came back. */
  readonly maybe_sent?: boolean;
}

export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  constructor(problem: Problem, headers: Readonly<Record<string, string>> = {}) {
    super(problem.detail);
    this.problem = problem;
    this.headers = headers;
  }
}

const TYPE_BASE = 'https://plivo-verify-kit.dev/problems/';

export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  extra: Partial<Omit<Problem, 'type' | 'title' | 'status' | 'detail'>> = {},
): Problem {
  return { type: `${TYPE_BASE}${slug}`, title, status, detail, retryable: false, ...extra };
}

/**
 * zod issues → `errors[]`, one entry per field, naming what was expected (core's wording: "is required" only when
 * the field is absent from `input`). Never echoes a value.
 */
export function fieldErrors(error: z.ZodError, input: unknown): ProblemFieldError[] {
  return fieldIssues(error, input, { whole: 'body' });
}

export function validationProblem(errors: readonly ProblemFieldError[]): Problem {
  const summary = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
  return problem(422, 'validation', 'Invalid input', `Check these fields: ${summary}`, { errors });
}

function retryAfterHeader(ms: number | undefined): Record<string, string> {
  return ms === undefined ? {} : { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) };
}

/** Maps whatever a perform threw to a problem. Messages come from core, which already scrubs secrets. */
export function problemFromError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof RateLimiterBusyError) {
    return new ProblemError(
      problem(429, 'rate-limited', 'Too many requests', 'The Plivo account limit is busy; try again shortly.', {
        retryable: true,
      }),
      retryAfterHeader(error.retryAfterMs),
    );
  }
  if (error instanceof StoreFullError) {
    return new ProblemError(
      problem(
        503,
        'store-full',
        'Service busy',
        'The service is tracking as many requests as it can hold; nothing was sent. Try again later.',
        { retryable: true },
      ),
      retryAfterHeader(error.retryAfterMs),
    );
  }
  if (error instanceof StoreUnavailableError) {
    return new ProblemError(
      problem(
        503,
        'store-unavailable',
        'Service unavailable',
        "The service's state store did not answer; nothing was sent. Try again shortly.",
        { retryable: true },
      ),
      retryAfterHeader(5_000),
    );
  }
  if (!VerifyError.isInstance(error)) {
    return new ProblemError(
      problem(500, 'internal', 'Internal error', 'The service failed unexpectedly; nothing more is known.', {
        retryable: false,
      }),
    );
  }
  const apiId = error.apiId ? { api_id: error.apiId } : {};
  switch (error.code) {
    case 'validation': {
      const issues = VerifyValidationError.isInstance(error) ? error.issues : [];
      const errors = issues.map((issue) => ({ field: issue.field, message: issue.message }));
      // The detail names the fields, not core's message: that one carries the request path with the account's
      // Auth ID, which API-key callers have no business seeing.
      const detail = errors.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
      return new ProblemError({ ...validationProblem(errors), ...apiId, ...(detail ? { detail } : {}) });
    }
    case 'not_found':
      return new ProblemError(
        problem(404, 'not-found', 'Session not found', 'No verification session has this id.', apiId),
      );
    case 'permission':
      return new ProblemError(
        problem(
          403,
          'forbidden',
          'Not permitted',
          'Plivo refused this request for the account (e.g. the destination country is not enabled).',
          apiId,
        ),
      );
    case 'authentication':
      return new ProblemError(
        problem(
          502,
          'upstream-credentials',
          'Upstream credentials rejected',
          "Plivo refused the service's credentials; the operator must fix the configuration.",
          apiId,
        ),
      );
    case 'rate_limited': {
      const retryAfterMs = VerifyRateLimitError.isInstance(error) ? error.retryAfterMs : undefined;
      return new ProblemError(
        problem(429, 'rate-limited', 'Too many requests', 'Plivo rate limit reached; try again shortly.', {
          ...apiId,
          retryable: true,
        }),
        retryAfterHeader(retryAfterMs ?? 1000),
      );
    }
    case 'timeout':
      return new ProblemError(
        problem(504, 'upstream-timeout', 'Plivo did not answer in time', 'The request to Plivo timed out.', {
          ...apiId,
          retryable: true,
        }),
      );
    case 'ambiguous':
      return new ProblemError(
        problem(
          502,
          'outcome-unknown',
          'Outcome unknown',
          'The request reached Plivo but no answer came back: it may have been carried out (a code sent, or a code checked). Do not start over: retry with the same Idempotency-Key (it will not act twice), or look the session up.',
          { ...apiId, retryable: false, maybe_sent: true },
        ),
      );
    default:
      return new ProblemError(
        problem(502, 'upstream', 'Plivo error', 'Plivo could not handle the request.', {
          ...apiId,
          retryable: error.retryable,
        }),
      );
  }
}
