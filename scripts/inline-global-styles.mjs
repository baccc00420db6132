// After the web bundle: writes the global stylesheet into index.html as a <style> element. The
// first screen (the bar drawn before the scripts come) then paints as soon as the page itself
// arrives instead of a round trip later, once a separate stylesheet has come. It is small (about
// 3 kB with Brotli); the price is that it is sent again with each index.html, which is never kept.
//   node scripts/inline-global-styles.mjs [dist/web/browser]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist/web/browser';
const indexFile = join(root, 'index.html');
const index = readFileSync(indexFile, 'utf8');
const links = [...index.matchAll(/<link rel="stylesheet" href="(styles-[\w-]+\.css)">/g)];
if (links.length !== 1) {
  console.error(`Expected one global stylesheet in ${indexFile}, found ${links.length}.`);
  process.exit(1);
}
const [link, file] = links[0];
const css = readFileSync(join(root, file), 'utf8').replace(/\/\*# sourceMappingURL=.*?\*\//, '');
if (css.includes('</style')) {
  console.error(`${file} holds "</style", which would end the element early.`);
  process.exit(1);
}
// A function, so a `$'` or `$&` in the CSS (a[href$='.pdf']) is written as it is, not as a pattern.
writeFileSync(
  indexFile,
  index.replace(link, () => `<style>${css}</style>`),
);
rmSync(join(root, file));
console.log(`Wrote ${file} (${css.length} bytes) into index.html.`);
