import { PLIVO_API_BASE_URL } from '@plivo-verify/core/pure';
import type {
  IAuthenticateGeneric,
  ICredentialTestRequest,
  ICredentialType,
  Icon,
  INodeProperties,
} from 'n8n-workflow';

export class PlivoVerifyApi implements ICredentialType {
  name = 'plivoVerifyApi';

  displayName = 'Plivo Verify API';

  icon: Icon = { light: 'file:../icons/plivo-verify.svg', dark: 'file:../icons/plivo-verify.dark.svg' };

  documentationUrl =
    'https://github.com/plivo-verify-kit/plivo-verify-kit/tree/main/packages/n8n-nodes-plivo-verify#credentials';

  properties: INodeProperties[] = [
    {
      displayName: 'Auth ID',
      name: 'authId',
      type: 'string',
      default: '',
      required: true,
      placeholder: 'MAXXXXXXXXXXXXXXXXXX',
      description: 'The Auth ID from the overview page of the Plivo console',
    },
    {
      displayName: 'Auth Token',
      name: 'authToken',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
      description: 'The Auth Token from the overview page of the Plivo console',
    },
    {
      displayName: 'Show Advanced Settings',
      name: 'advanced',
      type: 'boolean',
      default: false,
      description: 'Whether to show settings most users never need',
    },
    {
      displayName: 'API Base URL',
      name: 'baseUrl',
      type: 'string',
      default: PLIVO_API_BASE_URL,
      displayOptions: { show: { advanced: [true] } },
      description:
        'Where Plivo Verify requests go. Keep the default; change it only to point at a local Plivo Verify sandbox for offline testing.',
    },
  ];

  // Plivo uses HTTP Basic auth with the Auth ID and Auth Token.
  authenticate: IAuthenticateGeneric = {
    type: 'generic',
    properties: {
      auth: {
        username: '={{$credentials.authId}}',
        password: '={{$credentials.authToken}}',
      },
    },
  };

  // Lists at most one session: proves the credentials and that the account may use Verify. The base URL is chosen
  // as the node chooses it (an empty or blank one falls back to Plivo), and only an answer with Plivo's api_id passes.
  test: ICredentialTestRequest = {
    request: {
      baseURL: `={{$credentials.advanced && String($credentials.baseUrl ?? "").trim() !== "" ? String($credentials.baseUrl).trim() : "${PLIVO_API_BASE_URL}"}}`,
      url: '=/v1/Account/{{$credentials.authId}}/Verify/Session/',
      method: 'GET',
      qs: { limit: 1 },
    },
    rules: [
      {
        type: 'responseSuccessBody',
        properties: {
          key: 'api_id',
          value: undefined,
          message: 'The API Base URL answered, but not as Plivo Verify does (no api_id). Check the API Base URL.',
        },
      },
    ],
  };
}
