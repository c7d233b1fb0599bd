import type { SandboxApp } from './options.js';

// Plivo's template placeholder for the code (a plain string, not a JS template).
const CODE_PLACEHOLDER = '$' + '{code}';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isInt = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Problems with an app definition (from options or the control plane), each naming its field. */
export function appProblems(input: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof input.app_uuid !== 'string' || !UUID.test(input.app_uuid)) problems.push('app_uuid: expected a UUID');
  if (input.code_length !== undefined && !isInt(input.code_length, 4, 8)) {
    problems.push('code_length: expected an integer from 4 to 8');
  }
  if (input.expiry_seconds !== undefined && !isInt(input.expiry_seconds, 1, 86_400)) {
    problems.push('expiry_seconds: expected an integer from 1 to 86400');
  }
  if (input.max_attempts !== undefined && !isInt(input.max_attempts, 1, 100)) {
    problems.push('max_attempts: expected an integer from 1 to 100');
  }
  for (const key of ['alias', 'brand_name', 'app_hash'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') problems.push(`${key}: expected a string`);
  }
  if (
    input.template !== undefined &&
    (typeof input.template !== 'string' || !input.template.includes(CODE_PLACEHOLDER))
  ) {
    problems.push(`template: expected a string containing ${CODE_PLACEHOLDER}`);
  }
  return problems;
}

export type AppInput = Partial<SandboxApp> & { app_uuid: string };
