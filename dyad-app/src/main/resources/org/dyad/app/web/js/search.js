// Full-text search over articles: a page of hits with highlighted snippets.
import { getJson } from './api.js';
import { clear, el, markedText, status } from './dom.js';
import { openArticle } from './article.js';

const PAGE = 20;
let current = { q: '', next: 0 };

/** Runs a search for q (offset 0 starts a new list; a later offset appends). */
export async function search(q, offset = 0, scroll = true) {
  const panel = document.getElementById('search-panel');
  const list = document.getElementById('search-results');
  panel.hidden = false;
  if (offset === 0) clear(list);
  try {
    const page = await getJson('/api/search', { q, offset, limit: PAGE });
    current = { q, next: offset + page.hits.length };
    document.getElementById('search-title').textContent = `— ${page.total} article${page.total === 1 ? '' : 's'} for “${q}”`;
    for (const hit of page.hits) list.appendChild(item(hit));
    document.getElementById('search-more').hidden = current.next >= page.total;
    status('');
    if (offset === 0 && scroll) panel.scrollIntoView({ block: 'start' });
  } catch (e) {
    status(`Search: ${e.message}`);
  }
}

function item(hit) {
  const title = el('a', { className: 'link result-title', href: `#article=${encodeURIComponent(hit.id)}` },
    hit.heading || hit.title || '(untitled)');
  title.addEventListener('click', (ev) => { ev.preventDefault(); openArticle(hit.id); });
  const meta = el('div', { className: 'muted' },
    `${hit.published ? hit.published.slice(0, 10) : 'no date'} · ${hit.outlet || 'unknown outlet'}`);
  const snippet = el('p', { className: 'snippet' }, markedText(hit.snippet || ''));
  return el('li', { dataset: { id: hit.id } }, title, meta, snippet);
}

/** Loads the next page of the current search. */
export function more() {
  if (current.q) search(current.q, current.next, false);
}
