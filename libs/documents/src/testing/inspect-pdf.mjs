// Reads PDFs the way a viewer does (pdf.js) and prints, as JSON, each file's text by page and its fonts
// with whether each is embedded; with --png <file>, also renders the first page of the first PDF.
// A separate Node process: pdf.js ships ES modules only, which jest's CommonJS runtime cannot load.
// usage: node inspect-pdf.mjs [--png out.png] a.pdf [b.pdf …]
import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const args = process.argv.slice(2);
const pngAt = args.indexOf('--png');
const png = pngAt >= 0 ? args.splice(pngAt, 2)[1] : undefined;

async function inspect(file, index) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, verbosity: 0 })
    .promise;
  const pages = [];
  const fonts = new Map();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    await page.getOperatorList();
    for (const [id, font] of page.commonObjs) {
      if (font && typeof font === 'object' && 'missingFile' in font) {
        fonts.set(id, { name: font.name, embedded: !font.missingFile });
      }
    }
    if (png && index === 0 && n === 1) {
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = createCanvas(viewport.width, viewport.height);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
      writeFileSync(png, canvas.toBuffer('image/png'));
    }
  }
  return { file, pages, fonts: [...fonts.values()] };
}

const results = [];
for (const [i, file] of args.entries()) results.push(await inspect(file, i));
process.stdout.write(JSON.stringify(results));
