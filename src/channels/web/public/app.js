// The web chat page: sends text and button presses to the JSON API and shows the answers, which
// the server renders (and escapes) as HTML. No framework: one small file.
const log = document.getElementById("log");
const who = document.getElementById("who");
const form = document.getElementById("ask");
const input = document.getElementById("text");

async function post(path, body) {
  const response = await fetch(`/api/chat/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ as: who.value, ...body }),
  });
  const reply = await response.json().catch(() => null);
  // A failed turn still brings the text every channel shows for its error; only without one (the
  // server unreachable, a bad request) does the page fall back on its own line below.
  if (!response.ok && !reply?.messages) throw new Error(`HTTP ${response.status}`);
  return reply;
}

function show(html, cls) {
  const item = document.createElement("div");
  item.className = `turn ${cls}`;
  item.innerHTML = html; // server-rendered, every text escaped (message.html.ts)
  log.append(item);
  item.scrollIntoView({ block: "end" });
  return item;
}

function showUser(text) {
  const item = document.createElement("div");
  item.className = "turn user";
  item.textContent = text;
  log.append(item);
}

async function run(work) {
  try {
    const result = await work();
    for (const m of result.messages) show(m.html, "bot");
    if (result.update) show(result.update.html, "bot");
  } catch {
    show('<p class="notice notice-error">Wijkbot is even niet bereikbaar. Probeer het opnieuw.</p>', "bot");
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  showUser(text);
  input.value = "";
  run(() => post("text", { text }));
});

log.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-intent]");
  if (!button || button.form) return;
  if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return;
  button.disabled = true;
  run(() => post("action", { intent: button.dataset.intent, data: JSON.parse(button.dataset.action) }));
});

log.addEventListener("submit", (event) => {
  const target = event.target.closest("form[data-intent]");
  if (!target) return;
  event.preventDefault();
  const data = JSON.parse(target.dataset.action);
  for (const [name, value] of new FormData(target)) data[name] = String(value);
  run(() => post("action", { intent: target.dataset.intent, data }));
});

const people = (await (await fetch("/api/chat/people")).json()).people;
for (const p of people)
  who.append(new Option(`${p.name} – ${p.roleLabel}${p.organisation ? `, ${p.organisation}` : ""}`, p.id));
const remembered = localStorage.getItem("wijkbot.as");
if (remembered && people.some((p) => p.id === remembered)) who.value = remembered;
who.addEventListener("change", () => localStorage.setItem("wijkbot.as", who.value));

// The web inbox: every notification for the chosen person (handover steps, reminders, digests),
// polled every few seconds; new ones are shown in the chat log as they arrive.
const inbox = document.createElement("section");
inbox.id = "inbox";
inbox.setAttribute("aria-label", "Inbox");
inbox.innerHTML = '<h2>Inbox</h2><div class="items"></div>';
log.before(inbox);
const inboxItems = inbox.querySelector(".items");
const seen = new Set();
let inboxOf = null;

async function pollInbox() {
  const as = who.value;
  if (as !== inboxOf) {
    inboxOf = as;
    seen.clear();
    inboxItems.replaceChildren();
  }
  try {
    const response = await fetch(`/api/chat/inbox?as=${encodeURIComponent(as)}`);
    if (!response.ok || as !== who.value) return;
    const { items } = await response.json();
    for (const item of items.slice().reverse()) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const entry = document.createElement("div");
      entry.className = "turn bot inbox-item";
      entry.dataset.inboxId = item.id;
      entry.innerHTML = item.html; // server-rendered, every text escaped (message.html.ts)
      inboxItems.prepend(entry);
    }
  } catch {
    // Offline for a moment: the next poll tries again.
  }
}
// Buttons in the inbox (Accept, Decline…) work as in the chat; their answers appear in the log.
inbox.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-intent]");
  if (!button || button.form) return;
  if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return;
  button.disabled = true;
  run(() => post("action", { intent: button.dataset.intent, data: JSON.parse(button.dataset.action) }));
});
pollInbox();
setInterval(pollInbox, 4000);
