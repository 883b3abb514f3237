// Actor codes the picker offers, with the names analysts know them by (ISO 3166-1 alpha-3 and IGO acronyms).
export const ACTORS = [
  ['USA', 'United States'], ['RUS', 'Russia'], ['CHN', 'China'], ['UKR', 'Ukraine'], ['GEO', 'Georgia'],
  ['SYR', 'Syria'], ['IRN', 'Iran'], ['DEU', 'Germany'], ['FRA', 'France'], ['GBR', 'United Kingdom'],
  ['POL', 'Poland'], ['TUR', 'Turkey'], ['ISR', 'Israel'], ['PRK', 'North Korea'], ['KOR', 'South Korea'],
  ['JPN', 'Japan'], ['IND', 'India'], ['PAK', 'Pakistan'], ['AFG', 'Afghanistan'], ['IRQ', 'Iraq'],
  ['BLR', 'Belarus'], ['KAZ', 'Kazakhstan'], ['EST', 'Estonia'], ['LVA', 'Latvia'], ['LTU', 'Lithuania'],
  ['SUN', 'Soviet Union'], ['NATO', 'NATO'], ['EU', 'European Union'], ['UN', 'United Nations'],
  ['OSCE', 'OSCE'], ['IAEA', 'IAEA'], ['WTO', 'World Trade Organization'],
];

const NAMES = new Map(ACTORS);

/** The name of an actor code, or the code itself when we have no name for it. */
export function actorName(code) {
  return NAMES.get(code) || code;
}
