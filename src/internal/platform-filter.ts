/** One platform as the picker offers it. */
export interface PickerOption {
  value: string;
  label: string;
  /** Higher comes first; common platforms have one. */
  rank?: number;
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

/**
 * Precomputes what filtering needs, once per catalogue, so a keystroke costs one pass of
 * string comparisons over it.
 */
export class PlatformIndex {
  private readonly entries: { option: PickerOption; names: string[] }[];

  constructor(readonly options: readonly PickerOption[]) {
    this.entries = options.map((option) => ({ option, names: [option.label, ...(option.aliases ?? [])].map(fold) }));
  }

  filter(query: string, limit = 50): FilterResult {
    const q = fold(query.trim());
    if (q === '') {
      const popular = this.options.filter((o) => (o.rank ?? 0) > 0).sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0) || a.label.localeCompare(b.label));
      const rest = this.options.filter((o) => !((o.rank ?? 0) > 0)).sort((a, b) => a.label.localeCompare(b.label));
      const room = Math.max(limit - popular.length, 0);
      return { popular, matches: rest.slice(0, room), hidden: Math.max(rest.length - room, 0) };
    }
    const scored: { option: PickerOption; score: number }[] = [];
    for (const { option, names } of this.entries) {
      let score = -1;
      for (const name of names) {
        const at = name.indexOf(q);
        if (at === -1) continue;
        // Start of the name beats start of a word beats anywhere.
        const s = at === 0 ? 3 : /[\s\-_.&(/]/.test(name[at - 1]) ? 2 : 1;
        if (s > score) score = s;
      }
      if (score > 0) scored.push({ option, score });
    }
    scored.sort((a, b) => b.score - a.score || (b.option.rank ?? 0) - (a.option.rank ?? 0) || a.option.label.localeCompare(b.option.label));
    return { popular: [], matches: scored.slice(0, limit).map((s) => s.option), hidden: Math.max(scored.length - limit, 0) };
  }
}
