import type { FieldIssue } from '@plivo-verify/core/pure';
import { VerifyError, VerifyValidationError } from '@plivo-verify/core/pure';
import type { INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

// What to do next, per core error code; shown under the message in n8n's error panel.
const HINTS: Readonly<Record<string, string>> = {
  authentication: 'Check the Auth ID and Auth Token of the Plivo Verify API credential.',
  permission:
    'The account may not send to this destination: enable the country under Geo Permissions in the Plivo console.',
  not_found: 'No session with this UUID exists for this account (check the Session UUID and the credential).',
  rate_limited: "Plivo's rate limit was reached. Lower Max Concurrent Requests or spread the items over time.",
  // Reads only (create and validate have their own, above): safe to run again.
  upstream: 'Plivo answered with a server error. Reading changes nothing, so it is safe to run again later.',
  network: 'No answer from Plivo. Check the network and the API base URL of the credential.',
  timeout: 'Plivo did not answer in time.',
  ambiguous:
    'The request was sent but no answer came, so a code may have been sent. Before sending again, check with Get Many (filter by recipient).',
  protocol: "Plivo's answer did not have the documented shape. Reading changes nothing, so it is safe to run again.",
};

// Some errors mean something else per operation. Send Code and Check Code change state at Plivo: a lost answer, a
// server error or a malformed 2xx may all come after Plivo acted (core's own message says the request may have been
// processed), so the hint says "maybe sent" / "maybe accepted", never "retry". Reads are safe to run again.
const MAYBE_SENT = 'Before sending again, check with Get Many (filter by recipient) whether a session was started.';
const MAYBE_CHECKED = 'Before checking it again, use Get with the Session UUID to see the session status.';
const OPERATION_HINTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  create: {
    upstream: `Plivo answered with a server error, so the request may have been processed and a code may have been sent. ${MAYBE_SENT}`,
    protocol: `Plivo's answer did not have the documented shape, but the request may have been processed and a code may have been sent. ${MAYBE_SENT}`,
  },
  validate: {
    ambiguous: `The code was sent to Plivo but no answer came, so it may have been accepted (or counted as an attempt). ${MAYBE_CHECKED}`,
    upstream: `Plivo answered with a server error, so the code may have been accepted (or counted as an attempt). ${MAYBE_CHECKED}`,
    protocol: `Plivo's answer did not have the documented shape, but the code may have been accepted (or counted as an attempt). ${MAYBE_CHECKED}`,
  },
  get: { ambiguous: 'No answer came from Plivo. Getting a session changes nothing, so it is safe to run again.' },
  getAll: { ambiguous: 'No answer came from Plivo. Listing sessions changes nothing, so it is safe to run again.' },
};

// Core names client options; the user knows the credential's fields.
const CREDENTIAL_FIELDS: Readonly<Record<string, string>> = {
  'options.authId': 'Auth ID',
  'options.authToken': 'Auth Token',
  'options.baseUrl': 'API Base URL',
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps anything thrown while processing one item to n8n's error types. Only core's own message (which never
 * holds the auth token or the code, and masks phone numbers) and a few safe fields reach n8n.
 */
export function toNodeError(
  node: INode,
  error: unknown,
  itemIndex: number,
  operation?: string,
): NodeApiError | NodeOperationError {
  if (error instanceof NodeApiError || error instanceof NodeOperationError) {
    error.context.itemIndex = itemIndex;
    return error;
  }
  if (VerifyError.isInstance(error)) {
    if (VerifyValidationError.isInstance(error) && error.source === 'client') {
      const description = error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('\n');
      return new NodeOperationError(node, error.message, { itemIndex, description });
    }
    const response: JsonObject = { message: error.message, code: error.code };
    if (error.status !== undefined) response.httpCode = String(error.status);
    if (error.apiId !== undefined) response.api_id = error.apiId;
    const options: { itemIndex: number; message: string; description?: string; httpCode?: string } = {
      itemIndex,
      message: error.message,
    };
    const hint = (operation === undefined ? undefined : OPERATION_HINTS[operation]?.[error.code]) ?? HINTS[error.code];
    if (hint !== undefined) options.description = hint;
    if (error.status !== undefined) options.httpCode = String(error.status);
    return new NodeApiError(node, response, options);
  }
  return new NodeOperationError(node, messageOf(error), { itemIndex });
}

/** A bad input found before any request: named like core's own validation errors. */
export function invalidInputError(
  node: INode,
  operation: string,
  issues: readonly FieldIssue[],
  itemIndex: number,
): NodeOperationError {
  const description = issues.map((issue) => `${issue.field}: ${issue.message}`).join('\n');
  return new NodeOperationError(
    node,
    `Invalid ${operation} request: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
    {
      itemIndex,
      description,
    },
  );
}

/** A credential core refuses (bad Auth ID, token with a line break, base URL not a URL), named by its fields. */
export function credentialError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
  if (!VerifyValidationError.isInstance(error)) return toNodeError(node, error, itemIndex);
  const issues = error.issues.map((issue) => `${CREDENTIAL_FIELDS[issue.field] ?? issue.field}: ${issue.message}`);
  return new NodeOperationError(node, `The Plivo Verify API credential is not valid: ${issues.join('; ')}`, {
    itemIndex,
    description: 'Open the credential and correct the fields named above. Nothing was sent.',
  });
}

/**
 * The item an errored input becomes when the node continues on fail. `error` is what n8n 2.8 routes on: with
 * "Continue (using error output)" only items carrying it (or whose json is just { error[, message] }) go to the
 * error output, so the json keeps its details for the regular-output mode.
 */
export function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
  const json: JsonObject = { error: error.message };
  if (error.description) json.description = error.description;
  if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
  return { json, error, pairedItem: { item: itemIndex } };
}
