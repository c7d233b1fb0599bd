import { VerifyError, VerifyValidationError } from '@plivo-verify/core/pure';
import type { INode, JsonObject } from 'n8n-workflow';
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Maps anything thrown while processing one item to n8n's error types. Only core's own message (which never
 * holds the auth token or the code, and masks phone numbers) and a few safe fields reach n8n.
 */
export function toNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
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
    const hint = HINTS[error.code];
    if (hint !== undefined) options.description = hint;
    if (error.status !== undefined) options.httpCode = String(error.status);
    return new NodeApiError(node, response, options);
  }
  return new NodeOperationError(node, messageOf(error), { itemIndex });
}

/** The item an errored input becomes when the node is set to continue on fail. */
export function errorJson(error: NodeApiError | NodeOperationError): JsonObject {
  const json: JsonObject = { error: error.message };
  if (error.description) json.description = error.description;
  if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
  return json;
}
