/**
 * The inbox: one card per phone number; in it one entry per session (its code once, with the attempt count),
 * newest first, updated live over SSE. Self-contained: no CDN, no build step.
 */
export const INBOX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plivo Verify sandbox inbox</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; --live: #1a7f37; --bad: #cf222e; }
  body { margin: 0; background: Canvas; color: CanvasText; }
  header { padding: 12px 16px; border-bottom: 1px solid #8884; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; position: sticky; top: 0; background: Canvas; z-index: 1; }
  header h1 { font-size: 1.1rem; margin: 0; flex: 1; }
  #live { font-size: .8rem; padding: 2px 8px; border-radius: 999px; background: #8882; }
  #live.on { background: #1a7f3733; }
  #live.off { background: var(--bad); color: #fff; }
  #stale { display: none; margin: 0; padding: 10px 16px; background: #cf222e22; border-bottom: 2px solid var(--bad); font-weight: 600; }
  body.stale #stale { display: block; }
  body.stale main { filter: grayscale(1); opacity: .5; }
  body.stale .code { text-decoration: line-through; text-decoration-thickness: 2px; }
  main { display: grid; gap: 12px; padding: 12px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); align-items: start; }
  .card { border: 1px solid #8886; border-radius: 12px; padding: 12px; min-width: 0; }
  .card h2 { font-size: 1rem; margin: 0 0 4px; font-variant-numeric: tabular-nums; }
  .session { border-top: 1px solid #8883; padding: 8px 0 4px; }
  .code { font-size: 1.9rem; font-weight: 700; letter-spacing: .15em; font-variant-numeric: tabular-nums; }
  .session.ended .code { font-size: 1.05rem; font-weight: 600; opacity: .6; }
  .session.ended .text { display: none; }
  .meta { font-size: .8rem; opacity: .8; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
  .text { font-size: .9rem; white-space: pre-wrap; word-break: break-word; margin-top: 4px; }
  .status { padding: 0 6px; border-radius: 6px; background: #8882; }
  .status.in-progress { background: #1a7f3733; font-weight: 600; }
  .status.verified { background: #0969da33; } .status.expired { background: #cf222e33; }
  .attempts { font-weight: 600; }
  #empty { padding: 16px; max-width: 760px; }
  #empty dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 12px 0; }
  #empty dt { opacity: .7; } #empty dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; }
  #empty pre { background: #8881; padding: 10px; border-radius: 8px; white-space: pre-wrap; word-break: break-all; font-size: .85rem; }
</style>
</head>
<body>
<header><h1>Plivo Verify sandbox inbox</h1><span id="live">connecting…</span></header>
<p id="stale" role="alert">The sandbox is not reachable: the codes below may be out of date.</p>
<section id="empty" hidden>
  <p><strong>No codes yet.</strong> Point a Plivo client at this sandbox and send one; it appears here at once.</p>
  <dl><dt>Base URL</dt><dd id="base"></dd><dt>Auth ID</dt><dd id="auth-id">…</dd><dt>Auth token</dt><dd id="auth-token">…</dd></dl>
  <pre id="curl"></pre>
</section>
<main id="cards"></main>
<script>
const cards = document.getElementById('cards');
const empty = document.getElementById('empty');
const live = document.getElementById('live');
let refreshes = 0;
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
const today = () => new Date().toDateString();
function when(iso) {
  const d = new Date(iso);
  return d.toDateString() === today() ? d.toLocaleTimeString() : d.toLocaleDateString() + ' ' + d.toLocaleTimeString();
}
async function showSetup() {
  const base = location.origin;
  document.getElementById('base').textContent = base;
  try {
    const info = await (await fetch('/__sandbox/info')).json();
    document.getElementById('auth-id').textContent = info.auth_id;
    document.getElementById('auth-token').textContent = info.auth_token ?? '(the token you configured)';
    const token = info.auth_token ?? '$PLIVO_AUTH_TOKEN';
    document.getElementById('curl').textContent = "curl -u '" + info.auth_id + ':' + token + "' -H 'content-type: application/json' -d '{\\"recipient\\":\\"+14155550100\\"}' " + base + '/v1/Account/' + info.auth_id + '/Verify/Session/';
  } catch {}
}
// One card per number; in it one entry per session, its attempts counted (messages arrive newest first).
function group(messages) {
  const numbers = new Map();
  for (const m of messages) {
    let sessions = numbers.get(m.recipient);
    if (!sessions) { sessions = new Map(); numbers.set(m.recipient, sessions); }
    let s = sessions.get(m.session_uuid);
    if (!s) { s = { latest: m, attempts: [] }; sessions.set(m.session_uuid, s); }
    s.attempts.push(m);
  }
  return numbers;
}
async function refresh() {
  const res = await fetch('/__sandbox/messages?limit=300');
  const { messages } = await res.json();
  cards.replaceChildren();
  empty.hidden = messages.length > 0;
  for (const [number, sessions] of group(messages)) {
    const card = el('section', 'card'); card.dataset.recipient = number;
    card.append(el('h2', '', '+' + number));
    for (const [uuid, s] of sessions) {
      const m = s.latest;
      const ended = m.session_status !== 'in-progress';
      const row = el('div', 'session' + (ended ? ' ended' : '')); row.dataset.session = uuid;
      row.append(el('div', 'code', m.code));
      const meta = el('div', 'meta');
      const channels = [...new Set(s.attempts.map((a) => a.channel.toUpperCase()))].join(' + ');
      meta.append(
        el('span', 'status ' + m.session_status, m.session_status),
        el('span', 'attempts', s.attempts.length === 1 ? '1 attempt' : s.attempts.length + ' attempts'),
        el('span', '', channels),
        el('time', '', when(m.time)),
      );
      meta.lastChild.dateTime = m.time;
      row.append(meta, el('div', 'text', m.text));
      card.append(row);
    }
    cards.append(card);
  }
  document.body.dataset.refreshes = String(++refreshes);
}
// Throttled, not debounced: during a burst the page updates every ~250 ms and once more after the last event.
const EVERY_MS = 250;
let last = 0, timer = 0, running = false, again = false;
function schedule() {
  if (timer) return;
  timer = setTimeout(run, Math.max(0, last + EVERY_MS - Date.now()));
}
async function run() {
  timer = 0;
  if (running) { again = true; return; }
  running = true; last = Date.now();
  try { await refresh(); } catch {} finally {
    running = false;
    if (again) { again = false; schedule(); }
  }
}
const source = new EventSource('/__sandbox/events');
source.onopen = () => { live.textContent = 'live'; live.className = 'on'; document.body.classList.remove('stale'); schedule(); };
source.onerror = () => { live.textContent = 'disconnected'; live.className = 'off'; document.body.classList.add('stale'); };
source.addEventListener('message', schedule);
source.addEventListener('session', schedule);
source.addEventListener('reset', schedule);
showSetup();
schedule();
</script>
</body>
</html>
`;

/** A small phone-with-code icon, so the page has a favicon (and the console no 404). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="7" y="2" width="18" height="28" rx="4" fill="#1a7f37"/>' +
  '<rect x="10" y="7" width="12" height="14" rx="1" fill="#fff"/><text x="16" y="18" font-size="8" text-anchor="middle" ' +
  'font-family="monospace" fill="#1a7f37">123</text></svg>';
