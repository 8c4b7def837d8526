/** The engine's public surface: scenarios in, results out. Pure TypeScript; no DOM, no Node APIs. */
export { parseScenario, parseScenarioText, type ParseResult } from './scenario/parse-scenario.ts';
export { PRESET_NAMES, loadPreset } from './scenario/presets.ts';
export { PLATFORM_KINDS, SCENARIO_VERSION, type PlatformKind, type Scenario } from './scenario/schema.ts';
export { compareWithNative, createPlatformSimulation, runScenario } from './run/run-scenario.ts';
export { collectResults } from './run/collect-results.ts';
export { LAYERS, type Layer } from './metrics/layers.ts';
export type { GuestResult, PlatformResult, ScenarioResult } from './metrics/results.ts';
export { MANAGER, PlatformEngine, type RecordedLine } from './platform-engine.ts';
export { PlatformWorkerApi, type PlatformSnapshot, type StepRates } from './platform-worker-api.ts';
export { PRODUCTS, type Product } from './consoles/products.ts';
export { WORKLOADS } from './workloads/catalog.ts';
export { CPU_GENERATIONS } from './calibration/cpu-generations.ts';
