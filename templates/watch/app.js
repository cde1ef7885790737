// The page of `ecomplan watch`: on each server-sent event, the panel is fetched again and the
// dossier's frame reloaded when the dossier changed, keeping the reader's place in it.
'use strict';
(() => {
  const frame = document.getElementById('dossier');
  const panel = document.getElementById('panel');
  let dossier = Number(frame.dataset.version);
  let scroll = 0;
  frame.addEventListener('load', () => {
    if (scroll) frame.contentWindow.scrollTo(0, scroll);
  });
  const events = new EventSource('/events');
  events.addEventListener('update', async (e) => {
    const next = JSON.parse(e.data);
    const shown = () => Number(document.getElementById('status')?.dataset.version ?? 0);
    if (shown() >= next.version) return;
    const response = await fetch(`/panel?v=${next.version}`);
    if (!response.ok) return;
    const html = await response.text();
    // A later event may have been shown while this one was fetched.
    if (shown() >= next.version) return;
    panel.innerHTML = html;
    if (next.dossier !== dossier) {
      dossier = next.dossier;
      scroll = frame.contentWindow ? frame.contentWindow.scrollY : 0;
      frame.dataset.version = String(dossier);
      frame.src = `/dossier?v=${dossier}`;
    }
  });
})();
