// The timeline of the selection (contract Timeline JSON): dated entries, summaries, outlets, links to articles.
import { ApiError, getJson } from './api.js';
import { clear, el, note } from './dom.js';
import { openArticle } from './article.js';

/** Loads the timeline for a dyad param and a period; says so when this server has no timeline endpoint. */
export async function loadTimeline(dyad, selection) {
  const list = clear(document.getElementById('timeline'));
  try {
    const timeline = await getJson('/api/timeline', { dyad, from: selection.from, to: selection.to, max: 30 });
    for (const entry of timeline.entries) list.appendChild(item(entry));
    note('timeline-note', timeline.entries.length ? '' : 'No dated events for this selection.');
  } catch (e) {
    note('timeline-note', e instanceof ApiError && e.status === 404 && e.message.startsWith('no such endpoint')
      ? 'The timeline is not served by this build yet.' : `Timeline: ${e.message}`);
  }
}

function item(entry) {
  const links = el('span', { className: 'links' });
  (entry.articles || []).forEach((id, i) => {
    const a = el('a', { className: 'link', href: `#article=${encodeURIComponent(id)}` }, `article ${i + 1}`);
    a.addEventListener('click', (ev) => { ev.preventDefault(); openArticle(id); });
    links.appendChild(a);
  });
  return el('li', {},
    el('span', { className: 'date' }, entry.date || 'undated'),
    el('span', { className: 'muted' }, (entry.outlets || []).join(', ')),
    el('div', { className: 'summary' }, entry.summary || ''),
    links);
}
