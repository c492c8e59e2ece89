import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InfluencerKind, Platform } from '../influencer';
import { compileSearch, type SearchableRow, type SearchContext } from './compileSearch';
import { foldSearchText } from './foldSearchText';
import { influencerSearchText } from './influencerSearchText';

interface RowInput {
  id: string;
  kind?: InfluencerKind;
  platform?: Platform | null;
  platformId?: string | null;
  officialName?: string;
  customName?: string | null;
  link?: string;
  email?: string | null;
  status?: string;
  contractStatus?: string | null;
  paymentStatus?: string | null;
  labelIds?: string[];
  liaisonId?: string | null;
}

type Row = SearchableRow & { id: string };

function row(input: RowInput): Row {
  const kind = input.kind ?? (input.platform === null ? 'custom' : 'platform');
  const fields = {
    kind,
    officialName: input.officialName ?? input.id,
    customName: input.customName ?? null,
    email: input.email ?? null,
    platformId: kind === 'platform' ? (input.platformId ?? `@${input.id}`) : null,
    link: input.link ?? (kind === 'platform' ? `https://www.youtube.com/@${input.id}` : ''),
  };
  return {
    id: input.id,
    kind,
    platform: kind === 'platform' ? (input.platform ?? 'youtube') : null,
    status: input.status ?? 'not_collaborated',
    contractStatus: input.contractStatus ?? null,
    paymentStatus: input.paymentStatus ?? null,
    labelIds: input.labelIds ?? [],
    liaisonId: input.liaisonId === undefined ? 'm-olivia' : input.liaisonId,
    search: influencerSearchText(fields),
  };
}

const context: SearchContext = {
  scope: 'all',
  labels: [
    { id: 'l-vip', name: 'VIP' },
    { id: 'l-beauty', name: 'Beauty' },
    { id: 'l-beauty-tips', name: 'Beauty tips' },
    { id: 'l-q4', name: 'Q4 campaign' },
    { id: 'l-cafe', name: 'Café' },
  ],
  statuses: [
    { id: 'not_collaborated', label: 'Not collaborated' },
    { id: 'contacted', label: 'Contacted' },
    { id: 'negotiating', label: 'Negotiating' },
    { id: 'contract_signed', label: 'Contract signed' },
    { id: 'paid_fully', label: 'Paid fully' },
  ],
  members: [
    { id: 'm-olivia', name: 'Olivia Chen', email: 'olivia@agency.com' },
    { id: 'm-mateo', name: 'Mateo García', email: 'mateo@agency.com' },
    { id: 'm-maria', name: 'María Olivares' },
  ],
  currentMemberId: 'm-mateo',
};

const rows: Row[] = [
  row({ id: 'jose', officialName: 'José Álvarez', customName: 'Pepe', email: 'jose@gmail.com', platformId: 'UCjose12345', labelIds: ['l-vip', 'l-beauty'], status: 'contacted' }),
  row({ id: 'ana', kind: 'custom', platform: null, officialName: 'Ana Lima', link: 'https://analima.com.br', email: 'ana@analima.com.br', labelIds: ['l-beauty-tips'], liaisonId: 'm-mateo' }),
  row({ id: 'lima', platform: 'instagram', officialName: 'Lima Ana', platformId: 'lima.ana', link: 'https://www.instagram.com/lima.ana/', liaisonId: null, contractStatus: 'contract_signed' }),
  row({ id: 'kim', platform: 'tiktok', officialName: '김민지', platformId: '@kimminji', email: 'kim@naver.com', labelIds: ['l-q4', 'l-cafe'], status: 'negotiating', paymentStatus: 'paid_fully' }),
  row({ id: 'gmail-name', kind: 'custom', platform: null, officialName: 'Gmail Fan', link: 'https://youtube.com/watch?v=1' }),
];

function ids(query: string, ctx: Partial<SearchContext> = {}): string[] {
  const search = compileSearch(query, { ...context, ...ctx });
  return rows.filter((r) => search.test(r)).map((r) => r.id);
}

describe('compileSearch: text', () => {
  it('matches everything for an empty query', () => {
    expect(ids('')).toEqual(rows.map((r) => r.id));
    expect(compileSearch('  ', context).empty).toBe(true);
  });

  it('ignores case and accents in names, emails and ids', () => {
    expect(ids('JOSE')).toEqual(['jose']);
    expect(ids('álvarez')).toEqual(['jose']);
    expect(ids('pepe')).toEqual(['jose']);
    expect(ids('ucjose')).toEqual(['jose']);
    expect(ids('NAVER.COM')).toEqual(['kim']);
    expect(ids('김민')).toEqual(['kim']);
  });

  it('needs every word, in any order, but a phrase in its order', () => {
    expect(ids('ana lima')).toEqual(['ana', 'lima']);
    expect(ids('"ana lima"')).toEqual(['ana']);
    expect(ids('"lima ana"')).toEqual(['lima']);
    expect(ids('"ana   LIMA"')).toEqual(['ana']);
  });

  it('excludes with "-"', () => {
    expect(ids('ana -"lima ana"')).toEqual(['ana']);
    expect(ids('-gmail')).toEqual(['ana', 'lima', 'kim']);
  });

  it('searches platform influencers by channel id and self-created ones by link, per the reference', () => {
    // The YouTube link of a platform influencer is not searched: "youtube" finds only the
    // self-created influencer whose own link is on youtube.com.
    expect(ids('youtube')).toEqual(['gmail-name']);
    expect(ids('analima.com.br')).toEqual(['ana']);
    expect(ids('lima.ana')).toEqual(['lima']);
  });

  it('never matches across two fields', () => {
    expect(ids('pepejose')).toEqual([]);
    expect(ids('"alvarez pepe"')).toEqual([]);
  });
});

describe('compileSearch: scope', () => {
  it('limits the search to the chosen influencer type', () => {
    expect(ids('', { scope: 'platform' })).toEqual(['jose', 'lima', 'kim']);
    expect(ids('', { scope: 'custom' })).toEqual(['ana', 'gmail-name']);
    expect(ids('ana', { scope: 'custom' })).toEqual(['ana']);
    expect(ids('ana', { scope: 'platform' })).toEqual(['lima']);
  });
});

describe('compileSearch: fields', () => {
  it('email: looks in the email only', () => {
    expect(ids('gmail')).toEqual(['jose', 'gmail-name']);
    expect(ids('email:gmail')).toEqual(['jose']);
    expect(ids('email:GMAIL.com,naver')).toEqual(['jose', 'kim']);
    expect(ids('-email:gmail')).toEqual(['ana', 'lima', 'kim', 'gmail-name']);
    // A row without an email never matches email:, even a term found in its name.
    expect(ids('email:fan')).toEqual([]);
  });

  it('label: and group: resolve names exactly first, by substring otherwise', () => {
    expect(ids('group:vip')).toEqual(['jose']);
    expect(ids('label:beauty')).toEqual(['jose']);
    expect(ids('label:"beauty tips"')).toEqual(['ana']);
    expect(ids('label:beau')).toEqual(['jose', 'ana']);
    expect(ids('label:cafe')).toEqual(['kim']);
    expect(ids('label:l-q4')).toEqual(['kim']);
    expect(ids('label:vip,q4')).toEqual(['jose', 'kim']);
    expect(ids('label:vip label:beauty')).toEqual(['jose']);
    expect(ids('-label:beau')).toEqual(['lima', 'kim', 'gmail-name']);
  });

  it('reports a name that matches nothing: nothing matches, and excluding it excludes nothing', () => {
    const search = compileSearch('label:nonexistent', context);
    expect(search.problems).toEqual([expect.objectContaining({ code: 'unknown_value', message: 'No label matches "nonexistent".' })]);
    expect(ids('label:nonexistent')).toEqual([]);
    expect(ids('-label:nonexistent')).toHaveLength(rows.length);
  });

  it('status: looks at the Influencer, Contract and Payment statuses', () => {
    expect(ids('status:contacted')).toEqual(['jose']);
    expect(ids('status:"contract signed"')).toEqual(['lima']);
    expect(ids('status:paid')).toEqual(['kim']);
    expect(ids('status:not')).toEqual(['ana', 'lima', 'gmail-name']);
    expect(ids('-status:contacted,negotiating')).toEqual(['ana', 'lima', 'gmail-name']);
  });

  it('liaison: by name, email, id, "me" and "none"', () => {
    expect(ids('liaison:me')).toEqual(['ana']);
    expect(ids('liaison:me', { currentMemberId: null })).toEqual([]);
    expect(ids('liaison:none')).toEqual(['lima']);
    expect(ids('liaison:unassigned')).toEqual(['lima']);
    expect(ids('liaison:garcia')).toEqual(['ana']);
    expect(ids('liaison:mateo@agency.com')).toEqual(['ana']);
    expect(ids('liaison:m-olivia')).toEqual(['jose', 'kim', 'gmail-name']);
    // "oliv" is in Olivia's and María Olivares' names.
    expect(ids('liaison:oliv')).toEqual(['jose', 'kim', 'gmail-name']);
    expect(ids('-liaison:olivia')).toEqual(['ana', 'lima']);
  });

  it('platform: by name, prefix or alias; self-created as custom', () => {
    expect(ids('platform:youtube')).toEqual(['jose']);
    expect(ids('platform:you')).toEqual(['jose']);
    expect(ids('platform:ig')).toEqual(['lima']);
    expect(ids('platform:TikTok,instagram')).toEqual(['lima', 'kim']);
    expect(ids('platform:custom')).toEqual(['ana', 'gmail-name']);
    expect(ids('platform:self-created')).toEqual(['ana', 'gmail-name']);
    expect(ids('-platform:custom')).toEqual(['jose', 'lima', 'kim']);
  });

  it('combines fields, text and exclusions with AND', () => {
    expect(ids('label:beau -platform:custom jose')).toEqual(['jose']);
    expect(ids('label:beau -platform:custom ana')).toEqual([]);
  });
});

describe('compileSearch: narrows', () => {
  const narrows = (next: string, previous: string, nextScope: SearchContext['scope'] = 'all', previousScope: SearchContext['scope'] = 'all') =>
    compileSearch(next, { ...context, scope: nextScope }).narrows(compileSearch(previous, { ...context, scope: previousScope }));

  it('holds when typing on', () => {
    expect(narrows('jos', 'jo')).toBe(true);
    expect(narrows('jo ana', 'jo')).toBe(true);
    expect(narrows('jo', '')).toBe(true);
    expect(narrows('"ana lima"', 'ana')).toBe(true);
    expect(narrows('-j', '-jo')).toBe(true);
    expect(narrows('label:beauty', 'label:beau')).toBe(true);
    expect(narrows('jo', 'jo', 'platform', 'all')).toBe(true);
    expect(narrows('email:ana', 'email:an,x')).toBe(true);
    expect(narrows('-email:an', '-email:ana')).toBe(true);
    expect(narrows('status:contacted', 'status:contacted,negotiating')).toBe(true);
    expect(narrows('-status:contacted,negotiating', '-status:contacted')).toBe(true);
  });

  it('does not hold when the new query may match more or other rows', () => {
    expect(narrows('j', 'jo')).toBe(false);
    expect(narrows('-jo', '-j')).toBe(false);
    expect(narrows('ana', '-ana')).toBe(false);
    expect(narrows('label:beau', 'label:beauty')).toBe(false);
    expect(narrows('email:jo', 'jo')).toBe(false);
    // Any of "ana" or "li" is not narrower than "an": an email with "li" alone lacks "an".
    expect(narrows('email:ana,li', 'email:an')).toBe(false);
    expect(narrows('-email:ana', '-email:an')).toBe(false);
    expect(narrows('jo', 'jo', 'all', 'custom')).toBe(false);
    expect(narrows('jo', 'jo', 'platform', 'custom')).toBe(false);
  });

  // Rows that hold a shorter term but not the longer one ("j" without "jo", "an" without "ana").
  const nearMisses: Row[] = [
    row({ id: 'raj', officialName: 'Raj Patel', email: 'raj@an.com', labelIds: ['l-beauty-tips'], liaisonId: null }),
    row({ id: 'ann', kind: 'custom', platform: null, officialName: 'Ann Li', email: 'li@x.io', status: 'contract_signed' }),
  ];

  it('whenever it holds, every row matching the new query matches the previous one', () => {
    const token = fc.constantFrom(
      'a', 'an', 'ana', 'li', 'lima', '"ana lima"', 'jo', 'j', '@', 'email:a', 'email:an', 'email:ana,li', 'status:con,neg', 'label:beau', 'label:beauty',
      'status:con', 'status:contacted', 'liaison:me', 'liaison:none', 'platform:you', 'platform:custom',
    );
    const query = fc.array(fc.tuple(fc.boolean(), token), { maxLength: 2 }).map((ts) => ts.map(([neg, t]) => (neg ? `-${t}` : t)).join(' '));
    const scope = fc.constantFrom('all' as const, 'platform' as const, 'custom' as const);
    // Typing on: the next query is the previous one plus a few more characters.
    const typedOn = fc.tuple(query, fc.stringMatching(/^[ajno" -]{1,3}$/)).map(([q, more]) => [q, q + more] as const);
    const pair = fc.oneof(fc.tuple(query, query), typedOn);
    fc.assert(
      fc.property(pair, scope, scope, ([a, b], scopeA, scopeB) => {
        const previous = compileSearch(a, { ...context, scope: scopeA });
        const next = compileSearch(b, { ...context, scope: scopeB });
        if (!next.narrows(previous)) return;
        for (const r of [...rows, ...nearMisses]) if (next.test(r)) expect(previous.test(r), `${a} → ${b}, row ${r.id}`).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('compileSearch: agrees with a direct reading of the rule', () => {
  it('a row matches plain words when each occurs in one of its searchable fields', () => {
    const text = fc.stringMatching(/^[a-zA-ZÀ-ÿ .@]{0,12}$/);
    const input = fc.record({
      kind: fc.constantFrom('platform' as const, 'custom' as const),
      officialName: text,
      customName: fc.option(text, { nil: null }),
      email: fc.option(text, { nil: null }),
      platformId: text,
      link: text,
    });
    const words = fc.array(fc.stringMatching(/^[a-zA-ZÀ-ÿ.@]{1,3}$/), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(input, words, (inf, terms) => {
        const r = row({ id: 'x', ...inf, platform: inf.kind === 'platform' ? 'youtube' : null });
        const fields = [inf.email ?? '', inf.officialName, inf.customName ?? '', inf.kind === 'platform' ? inf.platformId : inf.link].map(foldSearchText);
        const expected = terms.every((t) => fields.some((f) => f.includes(foldSearchText(t))));
        expect(compileSearch(terms.join(' '), context).test(r)).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('compileSearch: requiredText', () => {
  it('is the longest plain term that is not excluded', () => {
    expect(compileSearch('jo "ana lima" -lima', context).requiredText).toBe('ana lima');
    expect(compileSearch('label:beau JOSÉ', context).requiredText).toBe('jose');
    expect(compileSearch('-ana label:beau email:x', context).requiredText).toBeNull();
    expect(compileSearch('', context).requiredText).toBeNull();
  });

  it('splits the test: test ⇔ contains(requiredText) and testOthers, for any query and scope', () => {
    const token = fc.constantFrom('a', 'an', 'ana', 'lima', '"ana lima"', 'jo', '@', 'email:an', 'label:beau', 'status:con', 'liaison:none', 'platform:custom');
    const query = fc.array(fc.tuple(fc.boolean(), token), { maxLength: 3 }).map((ts) => ts.map(([neg, t]) => (neg ? `-${t}` : t)).join(' '));
    fc.assert(
      fc.property(query, fc.constantFrom('all' as const, 'platform' as const, 'custom' as const), (q, scope) => {
        const search = compileSearch(q, { ...context, scope });
        for (const r of rows) {
          const split = (search.requiredText === null || r.search.includes(search.requiredText)) && search.testOthers(r);
          expect(split, `${q} (${scope}), row ${r.id}`).toBe(search.test(r));
          if (search.othersEmpty) expect(search.testOthers(r)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
