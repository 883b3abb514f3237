// DOM helpers. Article text is untrusted: everything here builds text nodes; nothing assigns innerHTML.

/** An element with properties (className, title, type, href through safeHref) and children (strings become text). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    if (key === 'href') {
      const href = safeHref(value);
      if (href) node.setAttribute('href', href);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key in node) {
      node[key] = value;
    } else {
      node.setAttribute(key, value);
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  }
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** An address that is safe to put in href: our own hash links or http(s) pages, else null. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (url.startsWith('#')) return url;
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities of HTML-escaped text (the store's snippets) into plain text. */
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : all;
  });
}

/**
 * A search snippet as nodes: the store escapes the article's text and adds only <mark> and </mark>,
 * so we split on those two tags and turn every other piece into a text node.
 */
export function markedText(snippet) {
  const fragment = document.createDocumentFragment();
  let marked = false;
  for (const part of String(snippet).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = document.createTextNode(unescapeHtml(part));
    fragment.appendChild(marked ? el('mark', {}, text) : text);
  }
  return fragment;
}

/** Shows a message in the status line (empty clears it). */
export function status(message) {
  document.getElementById('status').textContent = message || '';
}

/** Shows or hides a note paragraph. */
export function note(id, message) {
  const p = document.getElementById(id);
  p.textContent = message || '';
  p.hidden = !message;
}
