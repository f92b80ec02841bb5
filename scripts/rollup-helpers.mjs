// esbuild lowers standard decorators file by file, and writes its helpers (__decorateElement, __privateGet, …) at the
// top of every file that has a decorator: four copies in a bundle with the three elements and their base. This
// plugin, placed after rollup-plugin-esbuild, takes those copies out of each file and imports the helpers from one
// module instead. A file's helper is only taken out when its text is exactly the shared one, so an esbuild whose
// helpers differ leaves the file as it was.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const ID = '\0esbuild-helpers';

/** A class with every kind of decorated member the elements use, so esbuild writes every helper they can need. */
const SAMPLE = `const d = (..._: unknown[]) => (() => {}) as never;
export class Sample {
  @d accessor a = 1;
  @d static accessor b = 2;
  @d private accessor c = 3;
  @d method() {}
  @d get g() { return 1; }
  @d set g(_value: number) {}
  @d static s() {}
  field = 1;
  static other = 2;
  #own = 1;
}`;

/** The helper statements at the top of esbuild's output (after a "use strict"): `var __name = …;`, by name. */
function helperStatements(parse, code) {
  const helpers = new Map();
  for (const node of parse(code).body) {
    // tsconfig's alwaysStrict puts "use strict" first.
    if (node.type === 'ExpressionStatement' && node.directive) continue;
    if (node.type !== 'VariableDeclaration' || node.declarations.length !== 1) break;
    const { id } = node.declarations[0];
    if (id.type !== 'Identifier' || !id.name.startsWith('__')) break;
    helpers.set(id.name, {
      text: code.slice(node.start, node.end),
      start: node.start,
      end: node.end,
    });
  }
  return helpers;
}

export function sharedEsbuildHelpers() {
  let shared = new Map();
  return {
    name: 'shared-esbuild-helpers',
    async buildStart() {
      const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8'));
      const { code } = await transform(SAMPLE, {
        loader: 'ts',
        target: 'es2022',
        format: 'esm',
        tsconfigRaw: { compilerOptions: tsconfig.compilerOptions },
      });
      shared = helperStatements((source) => this.parse(source), code);
    },
    resolveId(id) {
      return id === ID ? ID : null;
    },
    load(id) {
      if (id !== ID) return null;
      const texts = [...shared.values()].map((helper) => helper.text);
      return `${texts.join('\n')}\nexport { ${[...shared.keys()].join(', ')} };\n`;
    },
    transform(code, id) {
      if (id === ID || !/\.ts$/.test(id) || !code.includes('var __')) return null;
      const own = helperStatements((source) => this.parse(source), code);
      const taken = [...own].filter(([name, helper]) => shared.get(name)?.text === helper.text);
      if (!taken.length) return null;
      let rest = code;
      for (const [, helper] of [...taken].reverse())
        rest = rest.slice(0, helper.start) + rest.slice(helper.end);
      const names = taken.map(([name]) => name).join(', ');
      return { code: `import { ${names} } from '${ID}';\n${rest}`, map: null };
    },
  };
}
