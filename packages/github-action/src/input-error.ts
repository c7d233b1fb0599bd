/** One problem with one action input. Messages never contain the input's value (it may be a secret). */
export interface InputIssue {
  readonly input: string;
  readonly message: string;
}

/** Thrown before any network call when inputs are missing or malformed; names every bad input. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map((issue) => `input \`${issue.input}\`: ${issue.message}`).join('; '));
    this.issues = issues;
  }
}
