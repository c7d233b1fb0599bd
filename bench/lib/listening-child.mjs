// Starts a Node script in a child process (so its CPU time is not the measuring process's) and resolves once it
// prints "listening on http://…": the sandbox, the webhook service, the bare proxy and the baselines all do.
import { spawn } from 'node:child_process';

/** `{ child, url }` once the child printed its URL; rejects if it exits first. */
export function startListeningChild(args, env = process.env) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume(); // keep draining, so a chatty child never blocks on a full pipe
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before listening`)));
  });
}
