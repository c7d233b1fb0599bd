// `pnpm start`: the embedded sandbox plus a short scripted demo through @plivo-verify/core.
// Send a code, read it from the sandbox inbox, validate a wrong and the right code, show the session verified.
// The sandbox keeps running afterwards so the inbox page can be opened; Ctrl+C stops it.
import { createVerifyClient, maskPhoneNumber } from '@plivo-verify/core';
import { startSandbox } from '@plivo-verify/sandbox';

const port = 8910;
const sandbox = await startSandbox({ port }).catch((error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`port ${port} is busy; using a free port instead`);
  return startSandbox({ port: 0 });
});
console.log(`listening on ${sandbox.url}`);
console.log(`auth id:    ${sandbox.authId}`);
console.log(`auth token: ${sandbox.authToken} (the sandbox's public default)`);

const verify = createVerifyClient({ authId: sandbox.authId, authToken: sandbox.authToken, baseUrl: sandbox.url });
const recipient = '+14155550100';
const step = (text) => console.log(`\n▶ ${text}`);

step(`send a code by SMS to ${maskPhoneNumber(recipient)}`);
const created = await verify.sessions.create({ recipient, brand_name: 'Demo' });
console.log(`  ${created.message}: session ${created.session_uuid}`);

step('read the code from the sandbox inbox');
const inbox = await fetch(`${sandbox.url}/__sandbox/messages?session_uuid=${created.session_uuid}`).then((r) =>
  r.json(),
);
const code = inbox.messages[0]?.code;
if (!code) throw new Error('the inbox has no message for the session');
console.log(`  got a ${code.length}-digit code (not printed: codes are secrets)`);

step('validate a wrong code');
const wrong = await verify.sessions.validate(created.session_uuid, code === '0000' ? '1111' : '0000');
console.log(`  valid: ${wrong.valid} (${wrong.message})`);

step('validate the right code');
const right = await verify.sessions.validate(created.session_uuid, code);
console.log(`  valid: ${right.valid} (${right.message})`);

step('get the session');
const session = await verify.sessions.get(created.session_uuid);
console.log(`  status: ${session.status}, attempts: ${session.count}, total charge: ${session.charges.total_charge}`);

console.log(`\nThe sandbox is still running. Open the inbox: ${sandbox.inboxUrl}`);
console.log('Point any Plivo client at it with baseUrl above. Ctrl+C to stop.');
const stop = () => sandbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
