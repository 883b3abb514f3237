// The event table: date, source → target, PLOVER type, status, intensity, outlet; a click opens the evidence.
import { getJson } from './api.js';
import { clear, el, note, status } from './dom.js';
import { actorName } from './actors.js';
import { openArticle } from './article.js';

const PAGE = 50;
let last = { params: null, next: null };

/** The dyad parameter for the selection and the actor filter: both directions, or one side acting on the other. */
export function dyadParam(selection, direction) {
  if (!selection.a || !selection.b) return null;
  if (direction === 'ab') return `${selection.a}>${selection.b}`;
  if (direction === 'ba') return `${selection.b}>${selection.a}`;
  return `${selection.a}:${selection.b}`;
}

/** Loads the first page of events for the selection and filters {type, status, direction}. */
export async function loadEvents(selection, filters) {
  const params = {
    dyad: dyadParam(selection, filters.direction), from: selection.from, to: selection.to,
    type: filters.type, status: filters.status, limit: PAGE,
  };
  clear(document.querySelector('#events tbody'));
  document.getElementById('events-title').textContent = params.dyad ? `— ${label(params.dyad)}` : '— all actors';
  await page(params, 0);
}

/** Loads the next page of the last query. */
export function moreEvents() {
  if (last.params && last.next !== null) page(last.params, last.next);
}

async function page(params, offset) {
  try {
    const result = await getJson('/api/events', { ...params, offset });
    last = { params, next: result.next_offset };
    const body = document.querySelector('#events tbody');
    for (const event of result.events) body.appendChild(row(event));
    document.getElementById('events-more').hidden = result.next_offset === null;
    note('events-note', body.rows.length === 0 ? 'No events stored for this selection.' : '');
    status('');
  } catch (e) {
    note('events-note', `Events: ${e.message}`);
  }
}

function label(dyad) {
  const [a, sep, b] = dyad.split(/([:>])/);
  return `${actorName(a)} ${sep === '>' ? '→' : '—'} ${actorName(b)}`;
}

function side(actor) {
  if (!actor) return '?';
  return actor.code ? `${actor.text} (${actor.code})` : actor.text;
}

function row(event) {
  const intensity = Number(event.intensity);
  const tr = el('tr', { dataset: { id: event.id, article: event.article_id } },
    el('td', {}, event.date || 'unknown'),
    el('td', {}, `${side(event.source)} → ${side(event.target)}`),
    el('td', {}, event.plover),
    el('td', {}, event.status),
    el('td', { className: `num ${intensity < 0 ? 'conflict' : 'cooperation'}` }, intensity.toFixed(1)),
    el('td', {}, event.outlet || ''));
  tr.title = event.sentence;
  tr.addEventListener('click', () => {
    document.querySelectorAll('#events tr.selected').forEach((r) => r.classList.remove('selected'));
    tr.classList.add('selected');
    openArticle(event.article_id, event);
  });
  return tr;
}
