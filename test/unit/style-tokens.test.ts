import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The app's styles take text sizes and colours from the design tokens of src/app.css, so that 长辈版 and the text
 * size step reach every page, including pages written later: a literal font size would stay small in 长辈版, and
 * a light grey would fail 4.5:1. The browser check (test/e2e/a11y.journey.test.ts) measures the result; this
 * names the line at fault before a build.
 */
const SRC = resolve(__dirname, '../../src');
const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));

function declarations(property: RegExp): Array<{ where: string; value: string }> {
  return cssFiles(SRC).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => [...line.matchAll(new RegExp(`(?:^|[;{\\s])(${property.source})\\s*:\\s*([^;}]+)`, 'g'))].map((m) => ({ where: `${relative(SRC, file)}:${i + 1}`, value: m[2]!.trim() }))),
  );
}

const luminance = (hex: string) => {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('styles use the design tokens', () => {
  it('sets every font size from a token (var(--fs-…)), never a literal size', () => {
    const literal = declarations(/font-size/).filter((d) => !/^var\(--(fs|h5)-[a-z-]+\)( !important)?$/.test(d.value));
    expect(literal).toEqual([]);
  });

  it('colours text darkly enough for 4.5:1 on white, or white (on the brand colour)', () => {
    const pale = declarations(/color/)
      .filter((d) => /^#[0-9a-f]{3,6}$/i.test(d.value) && !/^#fff(fff)?$/i.test(d.value))
      .filter((d) => onWhite(d.value) < 4.5);
    expect(pale).toEqual([]);
  });
});
