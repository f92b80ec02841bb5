// Which modules a page's script files are made of, and what each weighs: rollup builds the bundles again in memory
// (rollup.config.mjs, as `npm run build` does) and each module's code, as rollup puts it in its file, is minified
// and gzipped on its own. gzip does better on a whole file than on its parts, so each module's share of the file
// is its size alone scaled to the file's real gzip size. bench/size.mjs prints this for a page over its budget;
// `node bench/modules.mjs safety-panels.js` prints it for any built file.
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { minify } from 'terser';
import config from '../rollup.config.mjs';

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const name = (id) =>
  id
    .replace(/^\0/, '')
    .replace(/.*\/node_modules\//, '')
    .replace(`${process.cwd()}/`, '');

/** Every chunk each build writes, by its file name in dist/: its modules with their code as rendered. */
async function chunks() {
  const byFile = new Map();
  for (const options of config) {
    const output = Array.isArray(options.output) ? options.output[0] : options.output;
    if (!output.plugins) continue; // server.js: not for pages
    const bundle = await rollup({ ...options, onwarn: () => {} });
    const { output: files } = await bundle.generate({ ...output, file: undefined, dir: 'dist' });
    await bundle.close();
    const file = output.file?.replace(/^dist\//, '');
    for (const chunk of files)
      if (chunk.type === 'chunk')
        byFile.set(file ?? chunk.fileName, { code: chunk.code, modules: chunk.modules });
  }
  return byFile;
}

/** Each module of a chunk: its minified bytes alone and its estimated share of the file's gzip bytes. */
async function weigh({ code, modules }) {
  const rows = [];
  for (const [id, module] of Object.entries(modules)) {
    if (!module.code) continue;
    // Not module mode: terser would drop top-level names that nothing in this module's own code uses.
    const { code: small = module.code } = await minify(module.code, {
      compress: true,
      mangle: true,
    });
    rows.push({ name: name(id), min: small.length, alone: gz(small) });
  }
  const file = gz(code);
  const sum = rows.reduce((total, row) => total + row.alone, 0);
  for (const row of rows) row.share = (row.alone / sum) * file;
  return { file, rows: rows.sort((a, b) => b.share - a.share) };
}

let built;
/**
 * Prints the modules of each script file a page loaded (paths as requested, such as /safety-panels.js), largest
 * first, with those below `floor` bytes counted together. Data files (regions/, sections/, languages/) are printed
 * as they are: one module each.
 */
export async function printModules(paths, floor = 300) {
  built ??= await chunks();
  for (const path of paths) {
    const chunk = built.get(path.replace(/^\//, ''));
    if (!chunk) continue;
    const { file, rows } = await weigh(chunk);
    console.log(
      `      ${path}, ${kb(file)}: its modules (estimated share of it, minified size alone)`,
    );
    const small = rows.filter((row) => row.share < floor);
    for (const row of rows.filter((row) => row.share >= floor))
      console.log(
        `        ${row.name.padEnd(52)} ${kb(row.share).padStart(8)} ${kb(row.min).padStart(9)} min`,
      );
    if (small.length)
      console.log(
        `        ${`${small.length} modules under ${floor} B each`.padEnd(52)} ${kb(small.reduce((t, r) => t + r.share, 0)).padStart(8)}`,
      );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  await printModules(process.argv.slice(2).map((file) => `/${file}`));
