// The names of actor codes, as the store's /api/actors gives them (ISO 3166-1 alpha-3 and IGO acronyms).
const NAMES = new Map();

/** Remembers the names of the store's actors ([{code, name}, ...]). */
export function setActorNames(actors) {
  for (const a of actors) NAMES.set(a.code, a.name);
}

/** The name of an actor code, or the code itself when we have no name for it. */
export function actorName(code) {
  return NAMES.get(code) || code;
}
