// The analyst's page: wires the dyad picker, the period, the filters and the search box to the panels.
import { actorName, setActorNames } from './actors.js';
import { getJson } from './api.js';
import { PLOVER_TYPES } from './plover.js';
import { el, status } from './dom.js';
import { closeArticle, openArticle } from './article.js';
import { search, more as moreResults } from './search.js';
import { dyadParam, loadEvents, moreEvents } from './events.js';
import { loadTimeline } from './timeline.js';
import { loadSeries } from './chart.js';
import { initOverview, overviewPeriod } from './overview.js';

const $ = (id) => document.getElementById(id);

const CODE = /^[A-Z][A-Z0-9]{1,7}$/;

/** Fills the pickers with every actor and every dyad of the store (from /api/actors), busiest first. */
async function fillSelects() {
  for (const type of PLOVER_TYPES) $('filter-type').appendChild(el('option', { value: type }, type));
  let census = { actors: [], dyads: [] };
  try {
    census = await getJson('/api/actors');
  } catch (e) {
    status(`Actors: ${e.message}`);
  }
  setActorNames(census.actors);
  for (const a of census.actors) {
    const label = `${a.name} (${a.code}) · ${a.events}`;
    $('actor-a').appendChild(el('option', { value: a.code }, label));
    $('actor-b').appendChild(el('option', { value: a.code }, label));
  }
  $('dyad-pick').appendChild(el('option', { value: '' }, `${census.dyads.length} pairs, busiest first`));
  for (const d of census.dyads) {
    $('dyad-pick').appendChild(el('option', { value: d.dyad },
      `${actorName(d.a)} — ${actorName(d.b)} · ${d.events}`));
  }
  const first = census.dyads.find((d) => d.dyad === 'RUS:USA') || census.dyads[0];
  pickDyad(first ? [first.b, first.a] : ['USA', 'RUS']);
  return census;
}

/** A pair clicked in the overview: its dyad view, scrolled to. */
function openFromOverview(a, b) {
  pickDyad([a, b]);
  showSelection();
  $('chart-panel').scrollIntoView({ block: 'start' });
}

/** Sets both actor pickers, adding a code the store does not hold (a link may name one). */
function pickDyad([a, b]) {
  for (const [id, code] of [['actor-a', a], ['actor-b', b]]) {
    const select = $(id);
    if (![...select.options].some((o) => o.value === code)) {
      select.appendChild(el('option', { value: code }, `${actorName(code)} (${code}) · 0`));
    }
    select.value = code;
  }
  const pair = [a, b].sort().join(':');
  $('dyad-pick').value = [...$('dyad-pick').options].some((o) => o.value === pair) ? pair : '';
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
  overviewPeriod(sel.from, sel.to);
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
  // the colon of A:B kept as typed, so the link reads #dyad=USA:LBY
  history.replaceState(null, '', `#${h.toString().replace(/%3A/gi, ':')}`);
}

/** Applies a link's #dyad=USA:LBY&from=…&to=… to the pickers; returns the hash's parameters. */
function readHash() {
  const h = new URLSearchParams(window.location.hash.slice(1));
  const dyad = (h.get('dyad') || '').toUpperCase().split(':');
  if (dyad.length === 2 && dyad.every((c) => CODE.test(c)) && dyad[0] !== dyad[1]) pickDyad(dyad);
  for (const key of ['from', 'to']) {
    if (h.has(key)) $(key).value = /^\d{4}-\d{2}-\d{2}$/.test(h.get(key)) ? h.get(key) : '';
  }
  return h;
}

function wire() {
  $('selection').addEventListener('submit', (e) => { e.preventDefault(); showSelection(); });
  // picking is choosing: the view and the address follow at once, so the address is a link to this view
  $('dyad-pick').addEventListener('change', () => {
    if ($('dyad-pick').value) pickDyad($('dyad-pick').value.split(':'));
    showSelection();
  });
  for (const id of ['actor-a', 'actor-b']) {
    $(id).addEventListener('change', () => { pickDyad([$('actor-a').value, $('actor-b').value]); showSelection(); });
  }
  for (const id of ['from', 'to']) $(id).addEventListener('change', writeHash);
  // a link pasted or followed into the open page (a change of hash reloads nothing)
  window.addEventListener('hashchange', () => {
    const h = readHash();
    if (h.has('dyad')) showSelection();
    if (h.get('article')) openArticle(h.get('article'));
  });
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

const census = await fillSelects();
wire();
const hash = readHash();
initOverview(census.actors, openFromOverview);
showSelection();
if (hash.get('q')) {
  $('q').value = hash.get('q');
  search(hash.get('q'), 0, false);
}
if (hash.get('article')) openArticle(hash.get('article'));
document.body.dataset.ready = 'true';
