import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Sizes of the built mini-program: the main package and each subpackage, as WeChat counts them (bytes on disk). */
export interface PackageSizes {
  main: number;
  subpackages: Record<string, number>;
  /** Largest files of the main package, biggest first. */
  topMain: Array<{ file: string; bytes: number }>;
  /** Pages of the main package and of each subpackage, from app.json. */
  mainPages: string[];
  subpackagePages: Record<string, string[]>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function measureWeapp(dist: string): PackageSizes {
  if (!existsSync(join(dist, 'app.json'))) throw new Error(`${dist}/app.json not found: run npm run build:weapp first`);
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }>; subpackages?: Array<{ root: string; pages: string[] }> };
  const subs = app.subPackages ?? app.subpackages ?? [];
  const roots = subs.map((s) => s.root.replace(/\/$/, ''));
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]));
  let main = 0;
  const mainFiles: Array<{ file: string; bytes: number }> = [];
  for (const file of files(dist)) {
    const rel = relative(dist, file);
    if (rel.endsWith('.map')) continue; // source maps are not uploaded
    const bytes = statSync(file).size;
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`));
    if (root) subpackages[root]! += bytes;
    else {
      main += bytes;
      mainFiles.push({ file: rel, bytes });
    }
  }
  mainFiles.sort((a, b) => b.bytes - a.bytes);
  return {
    main,
    subpackages,
    topMain: mainFiles.slice(0, 8),
    mainPages: app.pages,
    subpackagePages: Object.fromEntries(subs.map((s) => [s.root.replace(/\/$/, ''), s.pages])),
  };
}

export const KB = 1024;
export const MB = 1024 * 1024;
