/** The inbox: one card per phone number with its codes, newest first, updated live over SSE. */
export const INBOX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plivo Verify sandbox inbox</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; background: Canvas; color: CanvasText; }
  header { padding: 12px 16px; border-bottom: 1px solid #8884; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 1.1rem; margin: 0; flex: 1; }
  #live { font-size: .8rem; padding: 2px 8px; border-radius: 999px; background: #8882; }
  #live.on { background: #1a7f3733; }
  main { display: grid; gap: 12px; padding: 12px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
  .card { border: 1px solid #8886; border-radius: 12px; padding: 12px; }
  .card h2 { font-size: 1rem; margin: 0 0 8px; font-variant-numeric: tabular-nums; }
  .msg { border-top: 1px solid #8883; padding: 8px 0; }
  .code { font-size: 1.8rem; font-weight: 700; letter-spacing: .15em; font-variant-numeric: tabular-nums; }
  .meta { font-size: .8rem; opacity: .75; display: flex; gap: 8px; flex-wrap: wrap; }
  .text { font-size: .9rem; white-space: pre-wrap; word-break: break-word; }
  .status { padding: 0 6px; border-radius: 6px; background: #8882; }
  .status.verified { background: #1a7f3733; } .status.expired { background: #cf222e33; }
  #empty { padding: 24px 16px; opacity: .7; }
</style>
</head>
<body>
<header><h1>Plivo Verify sandbox inbox</h1><span id="live">connecting…</span></header>
<p id="empty">No messages yet. Send a code with the Verify API and it appears here.</p>
<main id="cards"></main>
<script>
const cards = document.getElementById('cards');
const empty = document.getElementById('empty');
const live = document.getElementById('live');
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
async function refresh() {
  const res = await fetch('/__sandbox/messages');
  const { messages } = await res.json();
  const byNumber = new Map();
  for (const m of messages) { if (!byNumber.has(m.recipient)) byNumber.set(m.recipient, []); byNumber.get(m.recipient).push(m); }
  cards.replaceChildren();
  empty.hidden = messages.length > 0;
  for (const [number, list] of byNumber) {
    const card = el('section', 'card'); card.dataset.recipient = number;
    card.append(el('h2', '', '+' + number));
    for (const m of list) {
      const row = el('div', 'msg'); row.dataset.session = m.session_uuid;
      row.append(el('div', 'code', m.code));
      const meta = el('div', 'meta');
      meta.append(el('span', '', m.channel.toUpperCase()), el('span', 'status ' + m.session_status, m.session_status), el('time', '', new Date(m.time).toLocaleTimeString()));
      row.append(meta, el('div', 'text', m.text));
      card.append(row);
    }
    cards.append(card);
  }
}
let timer;
function schedule() { clearTimeout(timer); timer = setTimeout(refresh, 50); }
const source = new EventSource('/__sandbox/events');
source.onopen = () => { live.textContent = 'live'; live.className = 'on'; refresh(); };
source.onerror = () => { live.textContent = 'reconnecting…'; live.className = ''; };
source.addEventListener('message', schedule);
source.addEventListener('session', schedule);
source.addEventListener('reset', schedule);
refresh();
</script>
</body>
</html>
`;

/** A small phone-with-code icon, so the page has a favicon (and the console no 404). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="7" y="2" width="18" height="28" rx="4" fill="#1a7f37"/>' +
  '<rect x="10" y="7" width="12" height="14" rx="1" fill="#fff"/><text x="16" y="18" font-size="8" text-anchor="middle" ' +
  'font-family="monospace" fill="#1a7f37">123</text></svg>';
