// The corpus overview: the busiest dyads of the store (or one actor's relations with every other), each with its
// cooperation–conflict balance and last turning point; a pair opens the dyad view, every table downloads.
import { getJson } from './api.js';
import { actorName } from './actors.js';
import { clear, el, note } from './dom.js';

// the table formats of org.dyad.export.Exports (Exports.tableNames()), as /api/overview?format= takes them
export const TABLE_FORMATS = [['jsonl', 'JSONL'], ['csv', 'CSV'], ['parquet', 'Parquet']];
const LIMIT = 50;
const $ = (id) => document.getElementById(id);
let period = { from: '', to: '' };
let shown = null;
let open = () => {};

/** Fills the actor choice with the store's actors, busiest first; opening(a, b) opens a pair's dyad view. */
export function initOverview(actors, opening) {
  open = opening;
  const select = $('overview-actor');
  select.appendChild(el('option', { value: '' }, 'every actor: busiest pairs'));
  for (const a of actors) select.appendChild(el('option', { value: a.code }, `${a.name} (${a.code}): relations`));
  select.addEventListener('change', () => loadOverview());
}

/** Shows the overview over a period (the header's from/to); nothing reloads when neither changed. */
export function overviewPeriod(from, to) {
  period = { from: from || '', to: to || '' };
  return loadOverview();
}

/** The endpoint and parameters of the table the choices ask for. */
function request() {
  const actor = $('overview-actor').value;
  return actor
    ? { path: '/api/relations', params: { actor, ...period } }
    : { path: '/api/overview', params: { ...period, limit: LIMIT } };
}

async function loadOverview() {
  const { path, params } = request();
  const key = `${path}?${new URLSearchParams(params)}`;
  if (key === shown) return;
  shown = key;
  const body = clear(document.querySelector('#overview tbody'));
  const actor = params.actor;
  $('overview-title').textContent = `— ${actor ? `relations of ${actorName(actor)}` : 'busiest pairs'}${span()}`;
  downloads(path, params);
  try {
    const result = await getJson(path, params);
    const rows = actor ? result.relations : result.dyads;
    for (const d of rows) body.appendChild(row(d));
    note('overview-note', rows.length ? '' : 'No events between two actors in this period.');
    $('overview').dataset.state = 'shown';
  } catch (e) {
    note('overview-note', `Overview: ${e.message}`);
  }
}

function span() {
  if (!period.from && !period.to) return ', all dates';
  return `, ${period.from || '…'} to ${period.to || '…'}`;
}

/** One link a table format, to the same table as a file. */
function downloads(path, params) {
  const holder = clear($('overview-downloads'));
  holder.appendChild(document.createTextNode('Download this table: '));
  const query = { ...params };
  delete query.limit; // a download is the whole table
  for (const [format, label] of TABLE_FORMATS) {
    const q = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), format });
    holder.appendChild(el('a', { href: `${path}?${q}`, download: '', dataset: { format } }, label));
    holder.appendChild(document.createTextNode(' '));
  }
}

function row(d) {
  const hash = new URLSearchParams({ dyad: `${d.a}:${d.b}` });
  if (period.from) hash.set('from', period.from);
  if (period.to) hash.set('to', period.to);
  const link = el('a', { className: 'pair', href: `#${hash.toString().replace(/%3A/gi, ':')}`,
    title: `open the ${d.a}–${d.b} series, timeline and events` }, `${actorName(d.a)} — ${actorName(d.b)}`);
  link.addEventListener('click', (e) => { e.preventDefault(); open(d.a, d.b); });
  return el('tr', { dataset: { dyad: d.dyad } },
    el('td', {}, link),
    el('td', { className: 'num', title: `${d.a} on ${d.b}: ${d.a_to_b}, ${d.b} on ${d.a}: ${d.b_to_a}` },
      String(d.events)),
    el('td', { className: 'num muted' }, `${d.a_to_b} / ${d.b_to_a}`),
    el('td', { className: 'balance' }, bar(d.balance), d.balance === null ? '–' : signed(d.balance)),
    intensity(d.mean_intensity),
    turn(d),
    el('td', { className: 'muted' }, d.last_date || ''));
}

/** The mean Goldstein intensity to one decimal, coloured by its sign as the event table does. */
function intensity(v) {
  if (v === null) return el('td', { className: 'num muted' }, '–');
  const shown = Math.abs(v) < 0.05 ? 0 : v;
  return el('td', { className: `num ${shown < 0 ? 'conflict' : 'cooperation'}` }, shown.toFixed(1));
}

/** A bar from the middle: right and green for cooperation, left and red for conflict. */
function bar(balance) {
  const outer = el('span', { className: 'bar', 'aria-hidden': 'true' });
  if (balance !== null) {
    const inner = el('span', { className: balance < 0 ? 'conflict' : 'cooperation' });
    inner.style.width = `${Math.abs(balance) * 50}%`;
    inner.style.left = balance < 0 ? `${50 + balance * 50}%` : '50%';
    outer.appendChild(inner);
  }
  return outer;
}

function turn(d) {
  if (!d.turn_month) return el('td', { className: 'muted' }, 'none');
  const how = d.turn_basis === 'sign' ? 'changed sign' : 'largest move';
  return el('td', { className: `turn ${d.turn_kind}`, title: `smoothed balance ${signed(d.balance_before)} → `
    + `${signed(d.balance_after)} (${how})` }, `${d.turn_month.slice(0, 7)} ${d.turn_kind}`);
}

function signed(v) {
  return `${v > 0 ? '+' : ''}${v.toFixed(2)}`;
}
