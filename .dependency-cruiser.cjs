/**
 * The layers, checked in `npm test` (scripts/check-layers.ts adds the one rule dependency-cruiser cannot say:
 * no two folders of the core import each other).
 */
const CORE = '^cloudfunctions/core/';
const WIRING = `${CORE}(store/(sqlite|cloudbase)/|cloudbase/|platform/(cloudbase|local|log)-)`;
module.exports = {
  forbidden: [
    {
      name: 'pages-reach-server-only-through-the-contract',
      comment: 'The app imports types/ and src/ only (src/api is its one door to the functions).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|scripts|test|bench|config)/' },
    },
    {
      name: 'the-app-uses-no-node-built-in',
      comment: 'The mini-program has no Node: pages and the shared contract never import fs, path, crypto or any other built-in.',
      severity: 'error',
      from: { path: '^(src|types)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-never-import-the-wiring',
      comment: 'Only the composition (functions.ts, seed) and the entries pick CloudBase or SQLite and the platform adapters.',
      severity: 'error',
      from: { path: CORE, pathNot: `${WIRING}|${CORE}(cloudbase|store/(sqlite|cloudbase))/` },
      to: { path: WIRING },
    },
    {
      name: 'only-adapters-import-the-sdks',
      comment: 'wx-server-sdk in the entries only (cloudfunctions/<fn>/index.ts); better-sqlite3 in the SQLite adapter only.',
      severity: 'error',
      from: { path: '^(cloudfunctions|types|src)/', pathNot: '^cloudfunctions/[a-z-]+/index\\.ts$|^cloudfunctions/core/store/sqlite/' },
      to: { path: 'node_modules/(wx-server-sdk|better-sqlite3)/' },
    },
    {
      name: 'kernel-depends-on-no-feature',
      comment: 'The kernel may use the store port, the platform ports and the shared contract, nothing above it.',
      severity: 'error',
      from: { path: `${CORE}kernel/` },
      to: { path: `${CORE}`, pathNot: `${CORE}(kernel|store|platform)/` },
    },
    {
      name: 'store-and-platform-depend-on-no-feature',
      severity: 'error',
      from: { path: `${CORE}(store|platform|hot)/` },
      to: { path: `${CORE}`, pathNot: `${CORE}(store|platform|hot)/` },
    },
    {
      name: 'nothing-outside-test-imports-test',
      comment: 'Shared test tooling lives in scripts/harness.',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'types-import-only-types',
      comment: 'The contract is imported by pages and functions alike: zod and dayjs only.',
      severity: 'error',
      from: { path: '^types/' },
      to: { path: '^(src|cloudfunctions|scripts|test|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
