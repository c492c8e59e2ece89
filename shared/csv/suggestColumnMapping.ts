import { validateEmail } from '../email/validateEmail';
import { splitLink } from '../links/splitLink';
import { foldText } from '../search/foldText';
import type { ColumnMapping, ImportField } from './importFields';

/**
 * Header words per field, folded and without punctuation ("E-Mail" → "email"). English first,
 * then what agencies' sheets in Spanish, Portuguese, French, German and Italian say.
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: ['name', 'influencer', 'influencername', 'creator', 'creatorname', 'channelname', 'fullname', 'displayname', 'accountname', 'nombre', 'nome', 'nom', 'influenciador', 'influencerin'],
  link: ['link', 'url', 'profile', 'profilelink', 'profileurl', 'channellink', 'channelurl', 'website', 'socialurl', 'sociallink', 'enlace', 'lien', 'perfil', 'youtube', 'instagram', 'tiktok', 'youtubelink', 'instagramlink', 'tiktoklink'],
  email: ['email', 'mail', 'emailaddress', 'contactemail', 'businessemail', 'correo', 'correoelectronico', 'courriel', 'emailadresse'],
  platform: ['platform', 'network', 'socialnetwork', 'channeltype', 'plataforma', 'plateforme', 'plattform', 'piattaforma'],
  platformId: ['channelid', 'platformid', 'handle', 'username', 'userid', 'accountid', 'profileid', 'usuario', 'benutzername'],
  status: ['status', 'collaborationstatus', 'stage', 'pipelinestage', 'estado', 'statut', 'situacao'],
  labels: ['labels', 'label', 'tags', 'tag', 'groups', 'group', 'categories', 'category', 'etiquetas', 'etiqueta', 'kategorie'],
  liaison: ['liaison', 'contactperson', 'owner', 'assignedto', 'assignee', 'manager', 'accountmanager', 'responsable', 'responsavel'],
  country: ['country', 'countrycode', 'location', 'pais', 'pays', 'land', 'paese'],
  language: ['language', 'lang', 'idioma', 'langue', 'sprache', 'lingua'],
  followers: ['followers', 'followercount', 'subscribers', 'subs', 'subscribercount', 'audience', 'fans', 'seguidores', 'abonnes', 'follower'],
  qualityScore: ['qualityscore', 'quality', 'score', 'aqs', 'rating'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description', 'notas', 'observaciones', 'bemerkungen'],
};

// An exact header beats one ending with a field word (English puts the head noun last:
// "Instagram followers" is followers), which beats one merely containing it.
const EXACT = 3;
const ENDS_WITH = 2;
const CONTAINS = 1;
/** Share of sample values that must look like emails or links for a column with an unknown header. */
const SAMPLE_SHARE = 0.6;

/**
 * Guesses which field each column fills, for the mapping step (the person confirms or
 * changes it). Headers are compared folded and without punctuation; each field goes to at
 * most one column, the best-scoring first. Columns with unknown headers are recognised from
 * their sample values when most look like emails or links.
 */
export function suggestColumnMapping(headers: readonly string[], sampleRows: readonly (readonly string[])[] = []): ColumnMapping {
  const keys = headers.map(headerKey);
  const candidates: { column: number; field: ImportField; score: number }[] = [];
  keys.forEach((key, column) => {
    if (key === '') return;
    for (const [field, words] of Object.entries(SYNONYMS) as [ImportField, readonly string[]][]) {
      if (words.includes(key)) candidates.push({ column, field, score: EXACT });
      else if (words.some((w) => w.length >= 4 && key.endsWith(w))) candidates.push({ column, field, score: ENDS_WITH });
      else if (words.some((w) => w.length >= 4 && key.includes(w))) candidates.push({ column, field, score: CONTAINS });
    }
  });
  // Best score first; ties go to the leftmost column, then to the field listed first.
  const fieldOrder = Object.keys(SYNONYMS);
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field));

  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const c of candidates) {
    if (mapping[c.column] !== null || taken.has(c.field)) continue;
    mapping[c.column] = c.field;
    taken.add(c.field);
  }

  for (const [field, looksRight] of [['email', looksLikeEmail], ['link', looksLikeLink]] as const) {
    if (taken.has(field)) continue;
    const column = mapping.findIndex((m, i) => m === null && sampleShare(sampleRows, i, looksRight) >= SAMPLE_SHARE);
    if (column >= 0) {
      mapping[column] = field;
      taken.add(field);
    }
  }
  return mapping;
}

function headerKey(header: string): string {
  return foldText(header).replace(/[^\p{L}\p{N}]+/gu, '');
}

function sampleShare(rows: readonly (readonly string[])[], column: number, test: (value: string) => boolean): number {
  let filled = 0;
  let matching = 0;
  for (const row of rows) {
    const value = row[column]?.trim() ?? '';
    if (value === '') continue;
    filled++;
    if (test(value)) matching++;
  }
  return filled === 0 ? 0 : matching / filled;
}

function looksLikeEmail(value: string): boolean {
  return validateEmail(value).ok;
}

function looksLikeLink(value: string): boolean {
  // A domain with a path or a scheme: "youtube.com/@x", "https://x.com"; not a bare "x.com".
  return (value.includes('/') || /^https?:/i.test(value)) && splitLink(value) !== null;
}
