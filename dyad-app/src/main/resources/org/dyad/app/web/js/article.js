// The article view: the stored text as text nodes, the coding sentence of an event marked, and why it was coded;
// the article's quotes with their speakers, each marking its words in the text when clicked.
import { getJson } from './api.js';
import { clear, el, status } from './dom.js';
import { actorName } from './actors.js';

/** Opens article id in the reader; with an event, marks its sentence (span) and shows the explanation. */
export async function openArticle(id, event = null) {
  try {
    const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    show(article, event);
    status('');
  } catch (e) {
    status(`Article ${id}: ${e.message}`);
  }
}

function show(article, event) {
  document.getElementById('article-empty').hidden = true;
  const view = document.getElementById('article');
  view.hidden = false;
  view.dataset.id = article.id;
  document.getElementById('article-title').textContent = article.title || '(untitled)';
  showMeta(article);
  showExplanation(event);
  showQuotes(article);
  showText(article, event && Array.isArray(event.span) ? event.span : null);
}

/** The text as paragraphs of text nodes, the span [start, end) marked and scrolled into view. */
function showText(article, span) {
  const view = document.getElementById('article');
  const text = clear(document.getElementById('article-text'));
  for (const p of paragraphs(article.text || '')) {
    text.appendChild(paragraph(article.text, p, span));
  }
  // scroll the reader column only, not the page, so the lists stay where the analyst left them
  const reader = view.parentElement;
  const marked = text.querySelector('mark.coding');
  reader.scrollTop = marked ? Math.max(0, marked.offsetTop - reader.clientHeight / 3) : 0;
}

/** Lists the article's quotes: speaker, verb and words, all as text nodes; a click marks the quote in the text. */
function showQuotes(article) {
  const quotes = Array.isArray(article.quotes) ? article.quotes : [];
  const box = document.getElementById('article-quotes');
  box.hidden = quotes.length === 0;
  document.getElementById('article-quotes-count').textContent = `(${quotes.length})`;
  const list = clear(document.getElementById('article-quotes-list'));
  for (const q of quotes) {
    const words = q.kind === 'direct' ? `“${q.text}”` : q.text;
    const item = el('li', { className: `quote ${q.kind}`, title: `${q.kind} speech; click to mark it in the text` },
      el('span', { className: 'speaker' }, speaker(q.speaker)),
      el('span', { className: 'verb muted' }, q.verb ? ` ${q.verb}` : ''), ': ',
      el('span', { className: 'words' }, words));
    item.addEventListener('click', () => {
      list.querySelectorAll('li.selected').forEach((li) => li.classList.remove('selected'));
      item.classList.add('selected');
      showText(article, Array.isArray(q.span) ? q.span : null);
    });
    list.appendChild(item);
  }
}

function speaker(s) {
  if (!s) return 'unknown speaker';
  const who = s.name && s.name !== s.text ? `${s.text} (${s.name})` : s.text;
  const side = s.code ? `${actorName(s.code)}${s.sector ? ', ' + s.sector : ''}` : s.sector;
  return side ? `${who} · ${side}` : who;
}

function showMeta(article) {
  const meta = clear(document.getElementById('article-meta'));
  const parts = [article.published ? article.published.slice(0, 10) : 'no date', article.outlet || 'unknown outlet'];
  if (article.authors && article.authors.length) parts.push(article.authors.join(', '));
  if (article.dateline) parts.push(article.dateline);
  meta.appendChild(document.createTextNode(parts.join(' · ')));
  if (article.url) {
    const link = el('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original page');
    if (link.hasAttribute('href')) meta.append(' · ', link);
  }
}

/** Paragraphs as [start, end) offsets into the text, split at blank lines. */
function paragraphs(text) {
  const out = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out.filter(([s, e]) => e > s);
}

function paragraph(text, [start, end], span) {
  const p = el('p');
  if (!span || span[1] <= start || span[0] >= end) {
    p.textContent = text.slice(start, end);
    return p;
  }
  const from = Math.max(start, span[0]);
  const to = Math.min(end, span[1]);
  p.append(text.slice(start, from), el('mark', { className: 'coding' }, text.slice(from, to)), text.slice(to, end));
  return p;
}

function showExplanation(event) {
  const box = clear(document.getElementById('article-explain'));
  box.hidden = !event;
  if (!event) return;
  const side = (a) => (a ? `${a.text}${a.code ? ` (${actorName(a.code)}${a.sector ? ', ' + a.sector : ''})` : ''}` : '—');
  const rows = [
    ['Event', `${event.plover}${event.mode ? ' / ' + event.mode : ''}, CAMEO ${event.cameo}`],
    ['Source → target', `${side(event.source)} → ${side(event.target)}`],
    ['Status', event.status],
    ['Intensity', `${event.intensity} (Goldstein)`],
    ['Date', `${event.date || 'unknown'} (${event.date_precision})${event.date_text ? ` from “${event.date_text}”` : ''}`],
    ['Location', event.location ? event.location.name : '—'],
    ['Confidence', String(event.confidence)],
  ];
  const dl = el('dl');
  for (const [k, v] of rows) dl.append(el('dt', {}, k), el('dd', {}, v));
  const how = el('dl', { className: 'how' }, el('dt', {}, 'Coding'), el('dd', {}, 'asking the coder…'));
  box.append(el('strong', {}, 'Why this event: the marked sentence'), dl, how);
  explain(event, how);
}

/** Fetches how the coder found the event (dyad code --explain) and lists it under the event's fields. */
async function explain(event, how) {
  try {
    const x = await getJson(`/api/events/${encodeURIComponent(event.id)}/explanation`, { article: event.article_id });
    clear(how);
    const rows = [
      ...(x.mentions || []).map((m) => ['Mention', m]),
      ['Lexicon', x.lexicon], ['Pattern', x.pattern],
      ['Status cues', (x.status_cues || []).length ? x.status_cues.join(', ') : 'none (plain report)'],
      ['Date cue', x.date_cue],
    ];
    for (const [k, v] of rows) how.append(el('dt', {}, k), el('dd', {}, v == null ? '—' : String(v)));
    how.dataset.state = 'explained';
  } catch (e) {
    clear(how).append(el('dt', {}, 'Coding'), el('dd', {}, `not available: ${e.message}`));
    how.dataset.state = 'failed';
  }
}

/** Closes the reader. */
export function closeArticle() {
  document.getElementById('article').hidden = true;
  document.getElementById('article-empty').hidden = false;
}
