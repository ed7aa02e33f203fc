// Checks the layers (npm test): the rules in .dependency-cruiser.cjs, and that no two folders import each other
// (the core's features; the app's folders). Prints each violation and exits 1 if there is any.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const SCANNED = ['types', 'src', 'cloudfunctions', 'scripts', 'test', 'bench', 'config'];

/** The folder a module belongs to for the pair rule: a feature of the core, a folder of the app, else the top level. */
function folderOf(path: string): string {
  const core = /^cloudfunctions\/core\/([^/]+)\//.exec(path);
  if (core) return `cloudfunctions/core/${core[1]}`;
  const app = /^src\/([^/]+)\//.exec(path);
  if (app) return `src/${app[1]}`;
  return path.split('/')[0] ?? path;
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const { cruise } = (await import('dependency-cruiser')) as typeof import('dependency-cruiser');
  const ruleSet = createRequire(__filename)(resolve(ROOT, '.dependency-cruiser.cjs'));
  const { output } = await cruise(SCANNED, { validate: true, ruleSet, tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, exclude: { path: '^(dist|node_modules)/' } }, undefined, {
    tsConfig: { fileName: 'tsconfig.json' },
  });
  if (typeof output === 'string') throw new Error('unexpected string output from dependency-cruiser');
  const problems: string[] = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

  const edges = new Map<string, Set<string>>();
  for (const module of output.modules) {
    const from = folderOf(module.source);
    for (const dep of module.dependencies) {
      if (dep.coreModule || dep.resolved.includes('node_modules')) continue;
      const to = folderOf(dep.resolved);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  for (const [a, targets] of edges) {
    for (const b of targets) if (a < b && edges.get(b)?.has(a)) problems.push(`folders import each other: ${a} ⇄ ${b}`);
  }

  if (problems.length > 0) {
    console.error(`Layer check failed (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Layers hold: ${output.summary.totalCruised} modules, ${output.summary.totalDependenciesCruised} dependencies, no folder pair importing each other.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
