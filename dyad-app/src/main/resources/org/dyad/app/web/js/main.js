// The analyst's page: wires the dyad picker, the period, the filters and the search box to the panels.
import { ACTORS, actorName } from './actors.js';
import { PLOVER_TYPES } from './plover.js';
import { el, status } from './dom.js';
import { closeArticle, openArticle } from './article.js';
import { search, more as moreResults } from './search.js';
import { dyadParam, loadEvents, moreEvents } from './events.js';
import { loadTimeline } from './timeline.js';
import { loadSeries } from './chart.js';

const $ = (id) => document.getElementById(id);

function fillSelects() {
  for (const [code, name] of ACTORS) {
    $('actor-a').appendChild(el('option', { value: code }, `${name} (${code})`));
    $('actor-b').appendChild(el('option', { value: code }, `${name} (${code})`));
  }
  $('actor-a').value = 'USA';
  $('actor-b').value = 'RUS';
  for (const type of PLOVER_TYPES) $('filter-type').appendChild(el('option', { value: type }, type));
}

function selection() {
  return { a: $('actor-a').value, b: $('actor-b').value, from: $('from').value, to: $('to').value };
}

function filters() {
  return { type: $('filter-type').value, status: $('filter-status').value, direction: $('filter-actor').value };
}

/** The actor filter offers both directions or one side acting on the other, named for the chosen dyad. */
function fillDirections(sel) {
  const keep = $('filter-actor').value;
  const select = $('filter-actor');
  while (select.firstChild) select.removeChild(select.firstChild);
  select.append(el('option', { value: '' }, 'either side acts'),
    el('option', { value: 'ab' }, `${actorName(sel.a)} acts on ${actorName(sel.b)}`),
    el('option', { value: 'ba' }, `${actorName(sel.b)} acts on ${actorName(sel.a)}`));
  select.value = keep || '';
}

/** Draws the chart, the timeline and the event table for the current selection. */
function showSelection() {
  const sel = selection();
  if (sel.a === sel.b) {
    status('Pick two different actors.');
    return;
  }
  status('');
  fillDirections(sel);
  const dyad = dyadParam(sel, '');
  $('chart-title').textContent = `— ${actorName(sel.a)} — ${actorName(sel.b)}, by month`;
  $('timeline-title').textContent = period(sel);
  writeHash();
  loadSeries(dyad, sel, zoomTo);
  loadTimeline(dyad, sel);
  loadEvents(sel, filters());
}

/** The chart was zoomed or brushed: the timeline and the event table follow the new period. */
function zoomTo(from, to) {
  $('from').value = from;
  $('to').value = to;
  const sel = selection();
  $('timeline-title').textContent = period(sel);
  writeHash();
  loadTimeline(dyadParam(sel, ''), sel);
  loadEvents(sel, filters());
}

function period(sel) {
  if (!sel.from && !sel.to) return '— all dates';
  return `— ${sel.from || '…'} to ${sel.to || '…'}`;
}

function writeHash() {
  const sel = selection();
  const h = new URLSearchParams({ dyad: `${sel.a}:${sel.b}` });
  if (sel.from) h.set('from', sel.from);
  if (sel.to) h.set('to', sel.to);
  if ($('q').value.trim()) h.set('q', $('q').value.trim());
  history.replaceState(null, '', `#${h}`);
}

function readHash() {
  const h = new URLSearchParams(window.location.hash.slice(1));
  const dyad = (h.get('dyad') || '').split(':');
  const known = new Set(ACTORS.map((a) => a[0]));
  if (dyad.length === 2 && known.has(dyad[0]) && known.has(dyad[1])) {
    $('actor-a').value = dyad[0];
    $('actor-b').value = dyad[1];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(h.get('from') || '')) $('from').value = h.get('from');
  if (/^\d{4}-\d{2}-\d{2}$/.test(h.get('to') || '')) $('to').value = h.get('to');
  return h;
}

function wire() {
  $('selection').addEventListener('submit', (e) => { e.preventDefault(); showSelection(); });
  $('event-filters').addEventListener('change', () => loadEvents(selection(), filters()));
  $('events-more').addEventListener('click', moreEvents);
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('q').value.trim();
    if (q) { writeHash(); search(q); }
  });
  $('search-more').addEventListener('click', moreResults);
  $('article-close').addEventListener('click', closeArticle);
}

fillSelects();
wire();
const hash = readHash();
showSelection();
if (hash.get('q')) {
  $('q').value = hash.get('q');
  search(hash.get('q'), 0, false);
}
if (hash.get('article')) openArticle(hash.get('article'));
document.body.dataset.ready = 'true';
