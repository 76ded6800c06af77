/**
 * Writes src/schema/compiled.ts: the contract's validator as zod's own
 * compiler generates it, so that no run has to build it (zod's `z.compile`
 * does the same at run time, for ~20 ms and a schema built first).
 *
 *   npm run compile-contract     (build, write this file, build again)
 *
 * after any change to src/schema/; test/schema/compiled.test.ts fails while
 * the file is out of date. The generated code is zod's, verbatim; what this
 * script adds is how its constants get into the file:
 * - the sets of an enum's values, written out;
 * - patterns and predicates, imported by name from src/schema/rules.ts (the
 *   very objects the schema uses), so a constant this script cannot name stops
 *   the generation instead of being guessed;
 * - zod's own "an async check answered" thrower, rewritten as one that
 *   throws an Error (no check of ours is async);
 * - zod's INVALID, the symbol zod registers (Symbol.for), so that the file
 *   imports nothing from zod and the CLI can check a result without loading it.
 * zod compiles a function from parameter names and a body; to see the values
 * it passes, the global Function is wrapped while it compiles.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const TARGET = fileURLToPath(new URL('../src/schema/compiled.ts', import.meta.url));

/** The parameter names, body and argument values of the function zod compiles for `schema`. */
function compileCapturing(schema) {
  const RealFunction = globalThis.Function;
  let captured;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      const factory = Reflect.construct(target, args);
      return (...values) => {
        captured = { names: args.slice(0, -1), body: args.at(-1), values };
        return factory(...values);
      };
    },
  });
  try {
    z.core.compileFn(schema);
  } finally {
    globalThis.Function = RealFunction;
  }
  if (!captured) throw new Error('compile-contract: zod compiled nothing (has zod.core.compileFn changed?)');
  return captured;
}

/** A constant as TypeScript: [parameter type, argument expression]. */
function constantSource(value, rules) {
  if (value === z.core.INVALID) return ['typeof INVALID', 'INVALID'];
  const named = Object.entries(rules).find(([, rule]) => rule === value);
  if (named) return [`typeof rules.${named[0]}`, `rules.${named[0]}`];
  if (value instanceof Set && [...value].every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
    return ['ReadonlySet<unknown>', `new Set(${JSON.stringify([...value])})`];
  }
  if (typeof value === 'function' && value.name === 'throwAsync') return ['() => never', 'throwAsync'];
  throw new Error(`compile-contract: cannot write constant ${String(value)}; export it from src/schema/rules.ts`);
}

/** One compiled schema as an exported constant: zod's factory, applied to its constants. */
function compiledSource(name, doc, schema, rules) {
  const { names, body, values } = compileCapturing(schema);
  const constants = values.map((value) => constantSource(value, rules));
  const parameters = names.map((n, i) => `  ${n}: ${constants[i][0]},`).join('\n');
  const args = constants.map(([, arg]) => `  ${arg},`).join('\n');
  // zod's body is `return (input) => {…}`: the parameter is typed, the rest stays as zod wrote it.
  const fn = body.replace(/^return \(input\) => \{/, 'return (input: any): unknown => {');
  return `/** ${doc} */\nexport const ${name} = ((\n${parameters}\n) => {\n${fn}\n})(\n${args}\n);\n`;
}

/** The name zod registers its INVALID symbol under; the build stops if zod changes it. */
const INVALID_KEY = 'zod.compile.invalid';

const defOf = (schema) => schema._zod.def;

/**
 * `schema` with every array of objects in it (at any depth of plain nested
 * objects) taken as an array of anything, and where those arrays were.
 * Cutting there keeps each generated function small: a single function for
 * the whole notice was ~40 KB of code, which V8's optimising compiler took
 * ~400 ms to compile in every worker, and again after each deoptimisation.
 */
function cutArrays(schema) {
  const replaced = {};
  const arrays = [];
  for (const [key, property] of Object.entries(defOf(schema).shape)) {
    const def = defOf(property);
    if (def.type === 'array' && defOf(def.element).type === 'object') {
      replaced[key] = z.array(z.unknown());
      arrays.push({ path: [key], element: def.element });
    } else if (def.type === 'object' && !def.checks?.length) {
      const inner = cutArrays(property);
      if (inner.arrays.length === 0) continue;
      replaced[key] = inner.schema;
      arrays.push(...inner.arrays.map((a) => ({ path: [key, ...a.path], element: a.element })));
    }
  }
  if (arrays.length > 0 && defOf(schema).checks?.length) throw new Error('compile-contract: cannot cut the arrays out of an object with checks of its own');
  return { schema: arrays.length > 0 ? z.extend(schema, replaced) : schema, arrays };
}

/** Every object kind the notice holds, from NoticeSchema down, each cut at its arrays of objects. */
function objectKinds(schemas) {
  const nameOf = (schema) => {
    const entry = Object.entries(schemas).find(([, s]) => s === schema);
    if (!entry?.[0].endsWith('Schema')) throw new Error('compile-contract: an array of objects whose element schema is not exported from notice.ts');
    return entry[0].slice(0, -'Schema'.length);
  };
  const kinds = [];
  const queue = [schemas.NoticeSchema];
  while (queue.length > 0) {
    const schema = queue.shift();
    const name = nameOf(schema);
    if (kinds.some((k) => k.name === name)) continue;
    const { schema: cut, arrays } = cutArrays(schema);
    kinds.push({ name, schema: cut, arrays: arrays.map((a) => ({ path: a.path, of: nameOf(a.element) })) });
    queue.push(...arrays.map((a) => a.element));
  }
  return kinds;
}

/** The text of src/schema/compiled.ts for these schemas (notice.ts's exports) and rules. */
export function contractSource(schemas, rules) {
  if (z.core.INVALID !== Symbol.for(INVALID_KEY)) throw new Error(`compile-contract: zod's INVALID is no longer Symbol.for('${INVALID_KEY}')`);
  const kinds = objectKinds(schemas);
  // zod's code is JavaScript (objects grown key by key): type-checking it would only mean rewriting it.
  const header = `// @ts-nocheck
/**
 * GENERATED by scripts/compile-contract.mjs from notice.ts with zod ${z.core.version.major}.${z.core.version.minor}.${z.core.version.patch}'s
 * compiler: do not edit; regenerate after changing the schema.
 *
 * One function per kind of object in a notice, each taking a candidate and
 * returning a checked copy (unknown keys dropped, keys in schema order) or
 * INVALID. Each is cut at its arrays of objects, which it takes as arrays of
 * anything: VALIDATORS says where they are and which function checks their
 * elements, and the caller walks them (zod's compiler refuses the recursive
 * outline, and small functions are what V8 optimises cheaply).
 * On INVALID, the schema itself (NoticeSchema.safeParse) says what is wrong.
 */
import * as rules from './rules.js';

/** zod's INVALID (zod's own symbol, by its registered name: this file imports nothing from zod). */
export const INVALID: unique symbol = Symbol.for(${JSON.stringify(INVALID_KEY)});

const throwAsync = (): never => {
  throw new Error('an async check in the contract: the generated validator cannot run it');
};
`;
  const functions = kinds.map((k) =>
    compiledSource(`check${k.name}`, `${k.name}Schema${k.arrays.length > 0 ? `, its arrays of objects (${k.arrays.map((a) => a.path.join('.')).join(', ')}) taken as any arrays` : ''}.`, k.schema, rules),
  );
  const entries = kinds.map((k) => `  ${k.name}: { check: check${k.name}, arrays: ${JSON.stringify(k.arrays)} },`).join('\n');
  const table = `/** A checker for each kind of object, and the arrays of objects it leaves to the caller: where, and of which kind. */
export interface Validator {
  check: (input: unknown) => unknown;
  arrays: ReadonlyArray<{ path: readonly string[]; of: string }>;
}

export const VALIDATORS: Readonly<Record<string, Validator>> = {
${entries}
};
`;
  return [header, ...functions, table].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemas = await import('../dist/schema/notice.js');
  const rules = await import('../dist/schema/rules.js');
  writeFileSync(TARGET, contractSource(schemas, rules));
  console.error(`compile-contract: wrote ${TARGET}`);
}
