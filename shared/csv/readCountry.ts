import { foldText } from '../search/foldText';

/** ISO 3166-1 alpha-2 codes in use, plus XK (Kosovo), which platforms and agencies use. */
const CODES = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
    'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
    'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
    'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS XK YE YT ZA ZM ZW').split(' '),
);

/** Names people write that the locale data does not give (folded). */
const ALIASES: Record<string, string> = {
  usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US', 'united states of america': 'US',
  uk: 'GB', 'u.k.': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', britain: 'GB', 'great britain': 'GB',
  korea: 'KR', 'republic of korea': 'KR', holland: 'NL', 'the netherlands': 'NL', turkey: 'TR', 'czech republic': 'CZ',
  uae: 'AE', 'emirates': 'AE', russia: 'RU', 'viet nam': 'VN', 'ivory coast': 'CI',
};

/** Languages whose country names are read besides English: the sheets agencies send. */
const NAME_LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it'];

let names: Map<string, string> | null = null;

/** Folded country name → code, built once from the runtime's locale data (Intl.DisplayNames). */
function countryNames(): Map<string, string> {
  if (names !== null) return names;
  names = new Map(Object.entries(ALIASES));
  if (typeof Intl.DisplayNames === 'function') {
    for (const locale of NAME_LOCALES) {
      const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const code of CODES) {
        const name = display.of(code);
        if (name !== undefined && !names.has(foldText(name))) names.set(foldText(name), code);
      }
    }
  }
  return names;
}

export type CountryResult = { ok: true; code: string } | { ok: false; reason: string };

/** A country as typed in a sheet ("ES", "es", "Spain", "España", "USA") → its ISO code. */
export function readCountry(input: string): CountryResult {
  const text = input.trim();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    return CODES.has(code) ? { ok: true, code } : { ok: false, reason: `"${text}" is not a country code (use two letters such as ES or BR, or the country's name).` };
  }
  const code = countryNames().get(foldText(text).replace(/\s+/g, ' '));
  return code !== undefined
    ? { ok: true, code }
    : { ok: false, reason: `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}" is not a country this app knows. Use a two-letter code such as ES or BR.` };
}
