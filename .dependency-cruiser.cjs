/**
 * The project's import rules (docs/architecture.md), checked by `npx depcruise src` and by
 * `npm run lint` (so by `npm run check` and `npm test`): a broken rule fails them.
 *
 * Layers, imports pointing one way: extensions (faults, memory, network, migration) →
 * the simulation core (src/engine/run/core) → platforms → calibration, sim and the other
 * leaves. The composition point (src/engine/run/*.ts) builds a platform's simulation from
 * the core and the extensions; the machines, shells and consoles sit above it, and the
 * page (src/ui) above the engine.
 */
const EXTENSIONS = '(faults|memory|network|migration)';
/**
 * What sits above the core and the extensions: the composition point, the interactive
 * engine, the simulated machines, their shells and the management consoles. (os/ and
 * consoles/ also hold catalogues — the guest OSes, boot logs, process names, addresses,
 * the products — which any layer may read.)
 */
const ABOVE = '^src/engine/(run/[^/]+\\.ts$|platform-engine\\.ts$|platform-worker-api\\.ts$|os/(guest-machine|host-machine|machine-support|task-handle)\\.ts$|consoles/(?!products\\.ts$)|shell/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module may import itself through others: a circle makes every file in it depend on all the others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-not-page',
      comment: 'The engine is pure TypeScript that runs in a Worker and in Node: nothing of the page, the CLI or the browser.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: ['^src/(ui|cli|share|labs|sw)/', '(^|/)node_modules/(react|react-dom|zustand|@xterm/[^/]+|chart\\.js)/'] },
    },
    {
      name: 'comlink-only-in-worker-glue',
      comment: 'Only the file that exposes the engine in its Worker knows about Comlink.',
      severity: 'error',
      from: { path: '^src/engine/', pathNot: '^src/engine/engine\\.worker\\.ts$' },
      to: { path: '(^|/)node_modules/comlink/' },
    },
    {
      name: 'core-imports-no-extension',
      comment:
        'The simulation core (run/core) knows time, the event queue, the CPU scheduler, the devices and the jobs; ' +
        'extensions plug into its hooks and events. It imports only the layers under it.',
      severity: 'error',
      from: { path: '^src/engine/run/core/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/(run/core|platforms|calibration|sim|metrics|scenario|workloads|hardware)/' },
    },
    {
      name: 'extensions-not-each-other',
      comment: "An extension never imports another extension's files: what they share goes through the core.",
      severity: 'error',
      from: { path: `^src/engine/${EXTENSIONS}/` },
      to: { path: `^src/engine/${EXTENSIONS}/`, pathNot: '^src/engine/$1/' },
    },
    {
      name: 'extensions-not-composition',
      comment:
        'Extensions build on the core, not on what is built from it; only the studies that run whole ' +
        'simulations (the density curve, the migration comparison) and test fixtures build one.',
      severity: 'error',
      from: {
        path: `^src/engine/${EXTENSIONS}/`,
        pathNot: ['^src/engine/memory/density-curve\\.ts$', '^src/engine/migration/compare-migration\\.ts$', '(test-host|fault-scenario|\\.fixture)\\.ts$'],
      },
      to: { path: ABOVE },
    },
    {
      name: 'layers-under-the-core',
      comment: 'Platforms, calibration, sim, metrics, hardware and workloads are what the core stands on: they import nothing above them.',
      severity: 'error',
      from: { path: '^src/engine/(platforms|calibration|sim|metrics|hardware|workloads)/' },
      to: { path: [`^src/engine/(run|${EXTENSIONS.slice(1, -1)})/`, ABOVE] },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
