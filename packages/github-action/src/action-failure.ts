/**
 * A failure whose message is already the whole story for the user (what happened to the code, what to do next):
 * printed as is, without the "Plivo Verify … failed" framing.
 */
export class ActionFailure extends Error {
  override readonly name = 'ActionFailure';
}
