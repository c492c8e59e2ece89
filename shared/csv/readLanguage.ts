import { foldText } from '../search/foldText';
import { MAX_LANGUAGE_LENGTH } from '../schemas/limits';

/** ISO 639-1 two-letter codes. */
const CODES = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es ' +
    'et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj ' +
    'kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ' +
    'ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti ' +
    'tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);
/** Regional variants with names of their own ("Brazilian Portuguese"). */
const REGIONAL = ['pt-br', 'pt-pt', 'en-us', 'en-gb', 'es-mx', 'es-es', 'es-419', 'fr-ca', 'zh-hans', 'zh-hant'];
const NAME_LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it'];
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

let names: Map<string, string> | null = null;

function languageNames(): Map<string, string> {
  if (names !== null) return names;
  names = new Map();
  if (typeof Intl.DisplayNames === 'function') {
    for (const locale of NAME_LOCALES) {
      const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      for (const code of [...CODES, ...REGIONAL]) {
        const name = display.of(code);
        if (name !== undefined && !names.has(foldText(name))) names.set(foldText(name), code);
      }
    }
  }
  return names;
}

export type LanguageResult = { ok: true; tag: string } | { ok: false; reason: string };

/**
 * A language as typed in a sheet ("en", "pt-BR", "pt_BR", "English", "Português") → a
 * lower-case BCP 47 tag, the form the influencer document stores.
 */
export function readLanguage(input: string): LanguageResult {
  const text = input.trim();
  const tag = text.toLowerCase().replace(/_/g, '-');
  if (TAG.test(tag) && tag.length <= MAX_LANGUAGE_LENGTH) {
    const primary = tag.split('-')[0] ?? '';
    // Two-letter codes must exist; three-letter ones (ISO 639-2/3, e.g. "fil") are many and taken as given.
    if (primary.length === 3 || CODES.has(primary)) return { ok: true, tag };
  }
  const named = languageNames().get(foldText(text).replace(/\s+/g, ' '));
  return named !== undefined
    ? { ok: true, tag: named }
    : { ok: false, reason: `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}" is not a language this app knows. Use a code such as en, es or pt-BR.` };
}
