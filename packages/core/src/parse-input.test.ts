import { describe, expect, it } from 'vitest';
import { createSessionParamsSchema } from './create-session-params.js';
import { fieldIssues } from './parse-input.js';

const issuesFor = (input: Record<string, unknown>) => {
  const result = createSessionParamsSchema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return fieldIssues(result.error, input);
};

describe('fieldIssues', () => {
  it('"is required" only for an absent field; a value of the wrong type gets the field\'s own message', () => {
    expect(issuesFor({ code_length: 6 })).toEqual([{ field: 'recipient', message: 'is required' }]);
    const wrongType = issuesFor({ recipient: '+14155550100', code_length: '6x', url: 123 });
    expect(wrongType).toEqual([
      { field: 'url', message: expect.not.stringMatching(/required/) },
      { field: 'code_length', message: 'expected an integer from 4 to 8' },
    ]);
    expect(issuesFor({ recipient: 14155550100 })[0]?.message).not.toMatch(/required/);
  });

  it('names unknown keys only when they look like field names, under an optional prefix', () => {
    const input = { recipient: '+14155550100', colour: 'red', '{"recipient":"+14155550100"}': '' };
    const result = createSessionParamsSchema.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    const issues = fieldIssues(result.error, input, { prefix: 'params' });
    expect(issues.map((issue) => issue.field)).toContain('params.colour');
    expect(JSON.stringify(issues)).not.toContain('4155550100');
  });
});
