// A definition's `pattern` comes from the host (often fetched as JSON): no pattern may
// block the main thread, whatever the input. Patterns run on the package's linear-time
// matcher; these tests check that it answers as JavaScript's own regexes do, refuses what
// it cannot run in linear time, and stays fast at the largest pattern and input allowed.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

const dist = new URL('../dist/esm/schema/', import.meta.url);
const { matchesPattern, patternProblem, patternInputLimit } = await import(new URL('safe-pattern.js', dist).href);
const { fieldProblem, usableDefinitions } = await import(new URL('index.js', dist).href);

/** The least of a few runs: the machine may be busy with other work. */
function fastestMs(run, times = 3) {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const compiles = (source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

const atom = fc.constantFrom('a', 'b', '-', ' ', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c]', '[\\]a]', '[]', '[^]', '\\-', '\\x61', '\\u0062', '\\0', '{', '}', ']', '\\b', '\\B', '^', '$');
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '{,2}', '*?', '+?', '??', '{2,}?');
const { alternation } = fc.letrec((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    fc.tuple(fc.constantFrom('(', '(?:', '(?<g>'), tie('alternation'), quantifier).map(([open, inner, q]) => `${open}${inner})${q}`),
  ),
  sequence: fc.array(tie('term'), { maxLength: 4 }).map((terms) => terms.join('')),
  alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((branches) => branches.join('|')),
}));
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', ' ', '1', '_', '\n', '{', '}', ']', '\0'), maxLength: 8 });

describe('host patterns: the same answers as JavaScript', () => {
  it('matches exactly when ^(?:pattern)$ does, for patterns without backreferences or lookarounds (fast-check)', () => {
    fc.assert(
      fc.property(alternation.filter(compiles), fc.array(text, { minLength: 1, maxLength: 6 }), (pattern, inputs) => {
        // Nested repetitions may expand past the state limit: refused for size, never for syntax.
        const problem = patternProblem(pattern);
        if (problem) return assert.match(problem, /too large/, pattern);
        const native = new RegExp(`^(?:${pattern})$`);
        for (const input of inputs) assert.equal(matchesPattern(pattern, input), native.test(input), `${pattern} on ${JSON.stringify(input)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('runs the shipped definitions’ patterns as before', () => {
    assert.equal(matchesPattern('[^.:/]+', 'mystore'), true);
    assert.equal(matchesPattern('[^.:/]+', 'mystore.infusionsoft.com'), false);
    assert.equal(matchesPattern('[a-zA-Z0-9][a-zA-Z0-9-]*', 'my-store'), true);
    assert.equal(matchesPattern('[a-zA-Z0-9][a-zA-Z0-9-]*', '-store'), false);
  });
});

describe('host patterns: refused when they cannot run in linear time', () => {
  const refused = {
    'a backreference': '(a+)\\1',
    'a named backreference': '(?<x>a)\\k<x>',
    'a legacy octal escape': '\\01',
    'a lookahead': '(?=a)a+',
    'a negative lookahead': '(?!b)\\w+',
    'a lookbehind': '(?<=a)b',
    'a repetition expanding past the state limit': '(?:\\d{1,100}){20}',
    'an empty repetition repeated a billion times': '(?:){1000000000}',
    'a source over 500 characters': 'a'.repeat(501),
    'a source that does not compile': '(a',
  };
  for (const [what, pattern] of Object.entries(refused)) {
    it(`refuses ${what}, and its definition is left out with a warning`, () => {
      const warnings = [];
      const warn = console.warn;
      console.warn = (message) => warnings.push(message);
      try {
        const usable = usableDefinitions([{ id: 'acme', label: 'Acme', kind: 'store', fields: [{ name: 'code', label: 'Code', type: 'text', pattern }] }]);
        assert.deepEqual(usable, []);
      } finally {
        console.warn = warn;
      }
      assert.ok(patternProblem(pattern));
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /platforms\[0\] "acme": fields\[0\]\.pattern: .+ \(left out\)$/);
    });
  }

  it('leaves out a field with a pattern that allows more than 1024 characters', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const definition = (maxLength) => ({ id: 'acme', label: 'Acme', kind: 'store', fields: [{ name: 'code', label: 'Code', type: 'text', pattern: '\\w+', maxLength }] });
      assert.equal(usableDefinitions([definition(patternInputLimit)]).length, 1);
      assert.equal(usableDefinitions([definition(patternInputLimit + 1)]).length, 0);
    } finally {
      console.warn = warn;
    }
  });
});

describe('host patterns: never block the main thread', () => {
  const field = (pattern, maxLength) => ({ name: 'code', label: 'Code', type: 'text', pattern, patternMessage: 'Bad code.', maxLength });

  it('answers the reported (a+)+b on 29 characters, and on 1024, in milliseconds', () => {
    for (const length of [29, patternInputLimit]) {
      const value = 'a'.repeat(length);
      let problem;
      const ms = fastestMs(() => (problem = fieldProblem(field('(a+)+b', 1024), value)));
      assert.equal(problem, 'Bad code.');
      assert.ok(ms < 50, `${length} characters took ${ms.toFixed(1)} ms`);
    }
  });

  it('answers within 50 ms for the worst patterns found, at the longest input', () => {
    // Machines as large as allowed whose states all stay live on every character.
    const worst = ['(?:a*|.*){83}', '(?:.*.*.*.*){55}', '(?:(?:.?)*){125}', '(?:(?:a|a|.)*){71}', '(?:[^!]*){166}', '(?:.*){166}', '(?:\\b.*){125}', '(?:(?:.*)*){125}', '(a+)+b', '\\d*\\d*\\d*\\d*\\d*x'];
    const inputs = ['a'.repeat(patternInputLimit - 1) + '!', 'ab '.repeat(341) + '!'];
    let slowest = { ms: 0 };
    for (const pattern of worst) {
      assert.equal(patternProblem(pattern), undefined, pattern);
      for (const input of inputs) {
        const ms = fastestMs(() => matchesPattern(pattern, input));
        if (ms > slowest.ms) slowest = { ms, pattern };
      }
    }
    if (process.env.REPORT_MS) console.log(`slowest: ${slowest.pattern} ${slowest.ms.toFixed(1)} ms`);
    assert.ok(slowest.ms < 50, `${slowest.pattern} took ${slowest.ms.toFixed(1)} ms`);
  });

  it('does not run a pattern on more than 1024 characters', () => {
    assert.equal(matchesPattern('a*', 'a'.repeat(patternInputLimit)), true);
    assert.equal(matchesPattern('a*', 'a'.repeat(patternInputLimit + 1)), false);
    assert.equal(fieldProblem(field('a*', 5000), 'a'.repeat(patternInputLimit + 1)), `Use at most ${patternInputLimit} characters.`);
  });
});
