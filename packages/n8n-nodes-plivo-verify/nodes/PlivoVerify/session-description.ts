import {
  createSessionParamsSchema,
  describeFields,
  listSessionsFiltersSchema,
  validateSessionParamsSchema,
} from '@plivo-verify/core/pure';
import type { INodeProperties } from 'n8n-workflow';
import { collectionOptions, fieldNamed, propertyFromField } from './schema-properties';

// Every Plivo field below comes from core's schemas; only n8n's own controls (operation, Return All, Limit,
// concurrency) are declared here.
export const createFields = describeFields(createSessionParamsSchema);
export const validateFields = describeFields(validateSessionParamsSchema);
export const listFields = describeFields(listSessionsFiltersSchema);

/** Send Code: the fields shown at the top level; every other create field goes into "Options". */
export const CREATE_TOP_LEVEL = ['recipient', 'channel'] as const;
/** Plivo's default callback method ("Plivo uses POST if empty", core's description of the field). */
export const CALLBACK_METHOD_DEFAULT = 'POST';
/** Get Many pages itself, so Plivo's paging fields are not offered as filters. */
export const LIST_PAGING = ['limit', 'offset'] as const;

const show = (operation: string) => ({ displayOptions: { show: { resource: ['session'], operation: [operation] } } });

export const operationProperty: INodeProperties = {
  displayName: 'Operation',
  name: 'operation',
  type: 'options',
  noDataExpression: true,
  displayOptions: { show: { resource: ['session'] } },
  options: [
    {
      name: 'Check Code',
      value: 'validate',
      action: 'Check a code',
      description: 'Check the code the user typed; a wrong or expired code gives valid: false, not an error',
    },
    {
      name: 'Get',
      value: 'get',
      action: 'Get a session',
      description: 'Get a verification session with its status, attempts and charges',
    },
    {
      name: 'Get Many',
      value: 'getAll',
      action: 'Get many sessions',
      description: 'List verification sessions, newest first',
    },
    {
      name: 'Send Code',
      value: 'create',
      action: 'Send a code',
      description: 'Send a one-time code by SMS or voice call (starts a verification session)',
    },
  ],
  default: 'create',
};

export const sessionProperties: INodeProperties[] = [
  // Send Code
  propertyFromField(fieldNamed(createFields, 'recipient'), { ...show('create'), required: true }),
  propertyFromField(fieldNamed(createFields, 'channel'), show('create')),
  {
    displayName: 'Options',
    name: 'createOptions',
    type: 'collection',
    placeholder: 'Add Option',
    default: {},
    ...show('create'),
    // Core's method has no default (empty means Plivo's own, POST); the first choice, GET, would not be Plivo's.
    options: collectionOptions(createFields, CREATE_TOP_LEVEL, { method: { default: CALLBACK_METHOD_DEFAULT } }),
  },
  // Check Code
  propertyFromField(fieldNamed(validateFields, 'session_uuid'), { ...show('validate'), required: true }),
  propertyFromField(fieldNamed(validateFields, 'otp'), { ...show('validate'), required: true }),
  // Get
  propertyFromField(fieldNamed(validateFields, 'session_uuid'), { ...show('get'), required: true }),
  // Get Many
  {
    displayName: 'Return All',
    name: 'returnAll',
    type: 'boolean',
    default: false,
    ...show('getAll'),
    description: 'Whether to return all results or only up to a given limit',
  },
  {
    displayName: 'Limit',
    name: 'limit',
    type: 'number',
    typeOptions: { minValue: 1 },
    default: 50,
    displayOptions: { show: { resource: ['session'], operation: ['getAll'], returnAll: [false] } },
    description: 'Max number of results to return',
  },
  {
    displayName: 'Filters',
    name: 'filters',
    type: 'collection',
    placeholder: 'Add Filter',
    default: {},
    ...show('getAll'),
    options: collectionOptions(listFields, LIST_PAGING),
  },
];
