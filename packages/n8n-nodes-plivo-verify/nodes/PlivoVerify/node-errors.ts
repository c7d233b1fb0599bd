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
  // Not "Retry On Fail": n8n re-runs the node for every item, and the items before this one already sent codes.
  upstream:
    'Plivo answered with a server error. Retry later: turn on Continue On Fail and re-run only the failed items, so no number gets a second code.',
  network: 'No answer from Plivo. Check the network and the API base URL of the credential.',
  timeout: 'Plivo did not answer in time.',
  ambiguous:
    'The request was sent but no answer came, so a code may have been sent. Before sending again, check with Get Many (filter by recipient).',
  protocol: "Plivo's answer did not have the documented shape.",
};

// A lost answer means something else per operation: Check Code may have used up (or accepted) the code; reads are
// safe to run again.
const AMBIGUOUS_HINTS: Readonly<Record<string, string>> = {
  validate:
    'The code was sent to Plivo but no answer came, so it may have been accepted (or counted as an attempt). Before checking it again, use Get with the Session UUID to see the session status.',
  get: 'No answer came from Plivo. Getting a session changes nothing, so it is safe to run again.',
  getAll: 'No answer came from Plivo. Listing sessions changes nothing, so it is safe to run again.',
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
    const hint =
      (error.code === 'ambiguous' && operation !== undefined ? AMBIGUOUS_HINTS[operation] : undefined) ??
      HINTS[error.code];
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
