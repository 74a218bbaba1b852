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

// Plain ASCII (most names) skips Unicode normalisation: 10,000 names fold in a millisecond.
const ascii = /^[\x20-\x7e]*$/;
const fold = (text: string) => (ascii.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
const wordBreak = /[\s\-_.&(/]/;

/**
 * Precomputes what filtering needs, once per list: folded names, and the order in which
 * entries are shown (rank, then A–Z). A keystroke then costs one pass of `indexOf` over
 * the names, with no sorting, and never more than `limit` entries come out: 10,000
 * merchants filter in about a millisecond.
 */
export class OptionIndex {
  readonly #matchValue: boolean;
  /** Folded names, in the order of `options`. */
  #names?: string[][];
  /** Indexes into `options` in display order: ranked first (highest first), then A–Z. */
  #order?: number[];
  #byValue?: Map<string, PickerOption>;

  /** `matchValue`: the value is a name too (a merchant's number). */
  constructor(readonly options: readonly PickerOption[], o: { matchValue?: boolean } = {}) {
    this.#matchValue = o.matchValue ?? false;
  }

  /**
   * Folds and sorts, once. Deferred until a query needs it (or the browser is idle): the
   * step that shows 10,000 merchants needs only the first 50 of them.
   */
  prepare() {
    this.#order ??= this.#sortedOrder();
  }

  /** The entry with this value: a lookup, not a scan of 10,000 on every render. */
  get(value: string): PickerOption | undefined {
    this.#byValue ??= new Map(this.options.map((option) => [option.value, option]));
    return this.#byValue.get(value);
  }

  /** At most `limit` entries, popular ones included, best first; `hidden` counts the rest. */
  filter(query: string, limit = 50): FilterResult {
    const q = fold(query.trim());
    if (q === '') return this.#first(limit);
    this.prepare();
    const names = this.#names!;
    // Start of the name beats start of a word beats anywhere; within each, display order.
    const buckets: PickerOption[][] = [[], [], []];
    let matched = 0;
    for (const i of this.#order!) {
      let score = -1;
      for (const name of names[i]) {
        const at = name.indexOf(q);
        if (at === -1) continue;
        const s = at === 0 ? 2 : wordBreak.test(name[at - 1]) ? 1 : 0;
        if (s > score) score = s;
        if (score === 2) break;
      }
      if (score < 0) continue;
      matched++;
      const bucket = buckets[2 - score];
      if (bucket.length < limit) bucket.push(this.options[i]);
    }
    const matches = [...buckets[0], ...buckets[1], ...buckets[2]].slice(0, limit);
    return { popular: [], matches, hidden: matched - matches.length };
  }

  #folded(): string[][] {
    return (this.#names ??= this.options.map((o) => {
      const names = [fold(o.label)];
      for (const alias of o.aliases ?? []) names.push(fold(alias));
      if (this.#matchValue) names.push(fold(o.value));
      return names;
    }));
  }

  #compare = (a: number, b: number) => {
    const rank = (this.options[b].rank ?? 0) - (this.options[a].rank ?? 0);
    if (rank !== 0) return rank;
    const names = this.#names!;
    return names[a][0] < names[b][0] ? -1 : names[a][0] > names[b][0] ? 1 : 0;
  };

  #sortedOrder(): number[] {
    this.#folded();
    return this.options.map((_, i) => i).sort(this.#compare);
  }

  /**
   * The first `limit` in display order: from the full order when there is one, else picked
   * in one pass that folds each label once and keeps only the best `limit`.
   */
  #first(limit: number): FilterResult {
    let shown: PickerOption[];
    if (this.#order) shown = this.#order.slice(0, limit).map((i) => this.options[i]);
    else {
      const best: { option: PickerOption; rank: number; key: string }[] = [];
      const before = (a: { rank: number; key: string }, b: { rank: number; key: string }) => a.rank > b.rank || (a.rank === b.rank && a.key < b.key);
      for (const option of this.options) {
        const entry = { option, rank: option.rank ?? 0, key: '' };
        const last = best[best.length - 1];
        if (best.length === limit && entry.rank < last.rank) continue;
        entry.key = fold(option.label);
        if (best.length === limit && !before(entry, last)) continue;
        let at = best.length;
        while (at > 0 && before(entry, best[at - 1])) at--;
        best.splice(at, 0, entry);
        if (best.length > limit) best.pop();
      }
      shown = best.map((e) => e.option);
    }
    return {
      popular: shown.filter((o) => (o.rank ?? 0) > 0),
      matches: shown.filter((o) => !((o.rank ?? 0) > 0)),
      hidden: Math.max(this.options.length - limit, 0),
    };
  }
}
