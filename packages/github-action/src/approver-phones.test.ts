import { describe, expect, it } from 'vitest';
import { approverIdentity, approverPhoneSecrets, parseApproverPhones, resolveApprover } from './approver-phones.js';
import { checkPhone } from './core-fields.js';

describe('parseApproverPhones', () => {
  it('reads ids and logins (logins case-insensitively), checking numbers with core', async () => {
    const parsed = parseApproverPhones('{"583231": "+14155550100", "OctoCat": "+1 (415) 555-0101"}', checkPhone);
    expect('phones' in parsed && [...parsed.phones]).toEqual([
      ['583231', '+14155550100'],
      ['octocat', '+1 (415) 555-0101'],
    ]);
  });

  it('names the bad entry by its key and never echoes a value or the raw text', async () => {
    const raw = '{"alice": "+1202555", "bob": "not a number 2025550143", "carol": 12025550143}';
    const parsed = parseApproverPhones(raw, checkPhone);
    expect('issues' in parsed).toBe(true);
    const messages = 'issues' in parsed ? parsed.issues.map((issue) => issue.message) : [];
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^the value for "bob": expected a phone number in E\.164/);
    expect(messages[1]).toMatch(/^the value for "carol" must be a string/);
    for (const message of messages) expect(message).not.toMatch(/2025550143|\+1202555/);
  });

  it('rejects malformed JSON, arrays, empty maps and duplicate logins', async () => {
    const cases = [
      '{"alice": "+12025550100"',
      '["+12025550100"]',
      '{}',
      '{"Al": "+12025550100", "al": "+12025550101"}',
    ];
    for (const raw of cases) {
      const parsed = parseApproverPhones(raw, checkPhone);
      expect('issues' in parsed, raw).toBe(true);
      const issues = 'issues' in parsed ? parsed.issues : [];
      expect(issues.length, raw).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.input).toBe('approver-phones');
        expect(issue.message).not.toContain('2025550');
      }
    }
  });
});

describe('approverPhoneSecrets (what gets masked)', () => {
  it('every number in every spelling, from valid JSON', () => {
    const secrets = approverPhoneSecrets('{"a": "+1 (415) 555-0100", "b": "14155550101"}');
    for (const value of ['+1 (415) 555-0100', '14155550100', '+14155550100', '14155550101', '+14155550101']) {
      expect(secrets).toContain(value);
    }
  });

  it('only the values when the JSON parses: 8-digit user-id keys are not registered as secrets', () => {
    const secrets = approverPhoneSecrets('{"12345678": "+14155550100", "87654321": "+442071838750"}');
    expect(secrets).toEqual(expect.arrayContaining(['+14155550100', '14155550100', '+442071838750', '442071838750']));
    expect(secrets.filter((value) => /12345678|87654321/.test(value))).toEqual([]);
    // A value that is not a string (refused later) is still masked.
    expect(approverPhoneSecrets('{"12345678": 14155550100}')).toContain('14155550100');
  });

  it('numbers in a value that is not even JSON', () => {
    const secrets = approverPhoneSecrets("{a: +14155550100, b: '4155550101'");
    expect(secrets).toContain('+14155550100');
    expect(secrets).toContain('14155550100');
    expect(secrets).toContain('4155550101');
  });
});

describe('resolving the approver', () => {
  const phones = new Map([
    ['583231', '+14155550100'],
    ['octocat', '+14155550101'],
  ]);

  it('tries the numeric id first: a renamed login cannot take over an entry', () => {
    expect(resolveApprover(phones, { approver: 'octocat', approverId: '583231' })).toEqual({
      key: '583231',
      phone: '+14155550100',
    });
  });

  it('falls back to the login, case-insensitively', () => {
    expect(resolveApprover(phones, { approver: 'OctoCat' })?.phone).toBe('+14155550101');
    expect(resolveApprover(phones, { approver: 'hubot' })).toBeUndefined();
  });

  it("a runner login made of digits never matches an id key: it is someone else's id", () => {
    // The login "583231" triggered the run; the map's "583231" is the user whose id is 583231.
    const identity = approverIdentity('', {
      GITHUB_TRIGGERING_ACTOR: '583231',
      GITHUB_ACTOR: '583231',
      GITHUB_ACTOR_ID: '99999',
    });
    expect(identity && resolveApprover(phones, identity)).toBeUndefined();
    // The user whose id it is still matches, and so does an id given as the approver input.
    expect(resolveApprover(phones, { approver: 'someone', approverId: '583231', approverIsLogin: true })?.phone).toBe(
      '+14155550100',
    );
    const given = approverIdentity('583231', {});
    expect(given && resolveApprover(phones, given)?.phone).toBe('+14155550100');
  });

  it('an approver input equal to the triggering login is that login, never an id', () => {
    // The user whose login is "583231" names themselves: the map's "583231" is the id of somebody else.
    for (const env of [{ GITHUB_TRIGGERING_ACTOR: '583231' }, { GITHUB_ACTOR: '583231' }]) {
      const identity = approverIdentity('583231', env);
      expect(identity).toMatchObject({ approver: '583231', approverIsLogin: true });
      expect(identity && resolveApprover(phones, identity)).toBeUndefined();
    }
    // Their own id still finds their number.
    const own = approverIdentity('583231', {
      GITHUB_TRIGGERING_ACTOR: '583231',
      GITHUB_ACTOR: '583231',
      GITHUB_ACTOR_ID: '777',
    });
    expect(own && resolveApprover(new Map([...phones, ['777', '+14155550199']]), own)?.phone).toBe('+14155550199');
  });

  it('defaults to GITHUB_TRIGGERING_ACTOR; GITHUB_ACTOR_ID only when it belongs to that user', () => {
    const env = { GITHUB_TRIGGERING_ACTOR: 'octocat', GITHUB_ACTOR: 'OctoCat', GITHUB_ACTOR_ID: '583231' };
    expect(approverIdentity('', env)).toEqual({ approver: 'octocat', approverId: '583231', approverIsLogin: true });
    expect(approverIdentity('', { ...env, GITHUB_ACTOR: 'dependabot' })).toEqual({
      approver: 'octocat',
      approverId: undefined,
      approverIsLogin: true,
    });
    expect(approverIdentity('hubot', env)).toEqual({ approver: 'hubot', approverId: undefined });
    expect(approverIdentity('', {})).toBeUndefined();
  });
});
