/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Evaluates an n8n expression the way n8n does, with n8n-workflow's own engine, on a one-node workflow.
import { createRequire } from 'node:module';
import type { IDataObject, INode, INodeTypeDescription, INodeTypes, Workflow as WorkflowType } from 'n8n-workflow';

// n8n-workflow's ESM build does not load under plain Node ESM (extensionless imports); n8n itself requires it.
const { Workflow } = createRequire(import.meta.url)('n8n-workflow') as { Workflow: typeof WorkflowType };

export interface ExpressionContext {
  /** The node's type description: n8n resolves `$parameter` through its properties. */
  readonly description?: Partial<INodeTypeDescription>;
  readonly parameters?: INode['parameters'];
  /** E.g. `{ $credentials: … }`, as n8n passes them to a credential test. */
  readonly additionalKeys?: IDataObject;
}

export function evaluateExpression(expression: string, context: ExpressionContext = {}): unknown {
  const node: INode = {
    id: 'expression-test',
    name: 'Expression Test',
    type: 'n8n-nodes-plivo-verify.test',
    typeVersion: 1,
    position: [0, 0],
    parameters: context.parameters ?? {},
  };
  const description = context.description ?? { properties: [] };
  const nodeTypes = {
    getByName: () => ({ description }),
    getByNameAndVersion: () => ({ description }),
    getKnownTypes: () => ({}),
  } as unknown as INodeTypes;
  const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, active: false, nodeTypes });
  return workflow.expression.getParameterValue(
    expression,
    null,
    0,
    0,
    node.name,
    [],
    'internal',
    context.additionalKeys ?? {},
  );
}
