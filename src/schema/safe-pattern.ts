// A host's `pattern` is run by this matcher, never by the browser's regex engine.
//
// Why not a "safe subset" for the native engine: a backtracking engine is exponential on
// nested quantifiers (`(a+)+b`) but also polynomial on plain sequences (`\d*\d*\d*\d*x`
// takes n⁴ steps: seconds at 255 characters), and on chains of alternations; a syntactic
// subset that rules all of that out refuses ordinary patterns too. Instead, a pattern is
// compiled to a Thompson NFA and run over the input once, keeping the set of live states
// (as RE2 does): time is at most (input length) × (states), whatever the pattern. Both are
// capped: a pattern runs on at most `patternInputLimit` characters (a longer value fails
// its length check first) and compiles to at most `maxStates` states. Only what an NFA
// cannot do is refused: backreferences, lookarounds and inline modifiers.
//
// The syntax and meaning are JavaScript's (no flags, as `new RegExp(pattern)`): the source
// must compile natively, and each single-character atom (`.`, `\d`, `[^a-z]`, an escape)
// is tested on one character by a native regex of that atom alone, which cannot backtrack.

/** The longest value a pattern is run on. */
export const patternInputLimit = 1024;
/** The longest pattern source accepted. */
export const patternSourceLimit = 500;
// 500 states × 1024 characters: about 10 ms at worst once compiled, well under 50 ms cold.
const maxStates = 500;

// One token: an assertion escape, another escape, a class, a group's opening, a
// quantifier (lazy or not), or any other single character.
const token = /\\[bB]|\\(?:x[\dA-Fa-f]{2}|u[\dA-Fa-f]{4}|c[A-Za-z]|[^])|\[(?:\\[^]|[^\\\]])*\]|\((?:\?(?::|<[A-Za-z_$][\w$]*>|[^]))?|\{\d+(?:,\d*)?\}\??|[*+?]\??|[^]/g;

type Node = string | Node[] | { or: Node[] } | { rep: Node; min: number; max: number };

// Parses the source (known to compile) into atoms (their source text), assertions
// (`^`, `$`, `\b`, `\B`), sequences, alternations and repetitions.
function parse(source: string): Node {
  const tokens = source.match(token) ?? [];
  let i = 0;
  const alternation = (): Node => {
    const or = [sequence()];
    while (tokens[i] === '|') {
      i++;
      or.push(sequence());
    }
    return or.length === 1 ? or[0] : { or };
  };
  const sequence = (): Node[] => {
    const items: Node[] = [];
    while (i < tokens.length && tokens[i] !== '|' && tokens[i] !== ')') {
      let item = term();
      const q = /^(?:([*+?])|\{(\d+)(,?)(\d*)\})/.exec(tokens[i] ?? '');
      if (q && !isAssertion(item)) {
        i++;
        const min = q[1] ? Number(q[1] === '+') : Number(q[2]);
        // Lazy or greedy, a full match accepts the same strings.
        item = { rep: item, min, max: q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : min };
      }
      items.push(item);
    }
    return items;
  };
  const term = (): Node => {
    const t = tokens[i++];
    if (t[0] === '(') {
      if (t.length === 3 && t !== '(?:') throw 'lookarounds and inline flags are not supported';
      const inner = alternation();
      i++; // ")": the source compiles, so it is there
      return inner;
    }
    if (/^\\(?:[1-9k]|0$)/.test(t) && (t !== '\\0' || /^\d/.test(tokens[i] ?? ''))) throw 'backreferences are not supported';
    if (t === '\\c') throw '“\\c” must be followed by a letter';
    return t;
  };
  return alternation();
}

const isAssertion = (node: Node) => typeof node === 'string' && /^(?:[$^]|\\[bB])$/.test(node);

// The NFA's states: kind (0 reads an atom, 1 splits, 2 asserts, 3 matches), which atom or
// assertion, and up to two successors.
interface Machine {
  kind: Int8Array;
  what: Int32Array;
  out: Int32Array;
  alt: Int32Array;
  /** Per atom: whether it matches a character code. */
  atoms: ((code: number) => boolean)[];
  start: number;
}

const assertions = ['^', '$', '\\b', '\\B'];

function build(tree: Node): Machine {
  const kind = [3];
  const what = [0];
  const out = [-1];
  const alt = [-1];
  const atoms: Machine['atoms'] = [];
  const atomIndex = new Map<string, number>();
  let spent = 0;
  // Counts states, and copies of a repetition (which may add none): both are bounded.
  const spend = () => {
    if (++spent > maxStates) throw 'it is too large (write `\\d+` and a maxLength rather than `\\d{1,255}`)';
  };
  const add = (k: number, w: number, o: number, a = -1) => {
    spend();
    kind.push(k);
    what.push(w);
    out.push(o);
    alt.push(a);
    return kind.length - 1;
  };
  const atom = (src: string) => {
    let index = atomIndex.get(src);
    if (index === undefined) {
      atomIndex.set(src, (index = atoms.length));
      // One atom alone matches one character, by the browser's own rules, and cannot backtrack.
      const native = new RegExp(`^(?:${src})$`);
      const known = new Map<number, boolean>();
      atoms.push((code) => {
        let hit = known.get(code);
        if (hit === undefined) known.set(code, (hit = native.test(String.fromCharCode(code))));
        return hit;
      });
    }
    return index;
  };
  // Built back to front: each node is given the state that follows it.
  const from = (node: Node, next: number): number => {
    if (typeof node === 'string') {
      const assertion = assertions.indexOf(node);
      return assertion < 0 ? add(0, atom(node), next) : add(2, assertion, next);
    }
    if (Array.isArray(node)) return node.reduceRight((after: number, item) => from(item, after), next);
    if ('or' in node) return node.or.map((item) => from(item, next)).reduce((a, b) => add(1, 0, a, b));
    let state = next;
    if (node.max === Infinity) {
      state = add(1, 0, -1, next);
      out[state] = from(node.rep, state);
    }
    for (let k = node.min; k < node.max && node.max < Infinity; k++) state = add(1, 0, from(node.rep, state), next);
    for (let k = 0; k < node.min; k++, spend()) state = from(node.rep, state);
    return state;
  };
  const start = from(tree, 0);
  return { kind: Int8Array.from(kind), what: Int32Array.from(what), out: Int32Array.from(out), alt: Int32Array.from(alt), atoms, start };
}

const isWord = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

function run(m: Machine, text: string): boolean {
  const { kind, what, out, alt, atoms } = m;
  const states = kind.length;
  const seen = new Int32Array(states).fill(-1);
  let live = new Int32Array(states);
  let next = new Int32Array(states);
  let liveCount = 0;
  const stack = new Int32Array(states * 2 + 1);
  const asked = new Int32Array(atoms.length).fill(-1);
  const hit = new Int8Array(atoms.length);
  // Adds a state, and every state reachable from it without reading, to `next`.
  const enter = (first: number, at: number) => {
    let top = 0;
    stack[top++] = first;
    while (top > 0) {
      const s = stack[--top];
      if (s < 0 || seen[s] === at) continue;
      seen[s] = at;
      const k = kind[s];
      if (k === 1) {
        stack[top++] = alt[s];
        stack[top++] = out[s];
      } else if (k === 2) {
        const a = what[s];
        const holds =
          a === 0 ? at === 0
          : a === 1 ? at === text.length
          : ((at > 0 && isWord(text.charCodeAt(at - 1))) !== (at < text.length && isWord(text.charCodeAt(at)))) === (a === 2);
        if (holds) stack[top++] = out[s];
      } else next[liveCount++] = s;
    }
  };
  enter(m.start, 0);
  for (let at = 0; at < text.length && liveCount > 0; at++) {
    [live, next] = [next, live];
    const count = liveCount;
    liveCount = 0;
    const code = text.charCodeAt(at);
    for (let j = 0; j < count; j++) {
      const s = live[j];
      if (kind[s] !== 0) continue;
      // Each atom is asked once per character, however many states read it.
      const a = what[s];
      if (asked[a] !== at) {
        asked[a] = at;
        hit[a] = atoms[a](code) ? 1 : 0;
      }
      if (hit[a]) enter(out[s], at + 1);
    }
  }
  for (let j = 0; j < liveCount; j++) if (next[j] === 0) return true;
  return false;
}

const compiled = new Map<string, Machine | string>();

function compile(pattern: string): Machine | string {
  let result = compiled.get(pattern);
  if (result !== undefined) return result;
  try {
    if (pattern.length > patternSourceLimit) throw `it is longer than ${patternSourceLimit} characters`;
    new RegExp(pattern);
    result = build(parse(pattern));
  } catch (error) {
    // Refusals are thrown as their reason; anything else came from `new RegExp`.
    result = typeof error === 'string' ? error : 'it is not a regular expression';
  }
  if (compiled.size >= 200) compiled.clear();
  compiled.set(pattern, result);
  return result;
}

/** Why a host pattern cannot be used, or `undefined` when it can. */
export function patternProblem(pattern: string): string | undefined {
  const result = compile(pattern);
  return typeof result === 'string' ? `the pattern ${JSON.stringify(pattern.slice(0, 80))} is refused: ${result}` : undefined;
}

/**
 * Whether the whole of `text` matches `pattern` (as `^(?:pattern)$` would), in time linear
 * in the text. A refused pattern, or a text over `patternInputLimit`, matches nothing.
 */
export function matchesPattern(pattern: string, text: string): boolean {
  const machine = compile(pattern);
  return typeof machine !== 'string' && text.length <= patternInputLimit && run(machine, text);
}
