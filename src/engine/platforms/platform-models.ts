import { bareMetalPlatform } from './bare-metal/bare-metal-platform.ts';
import { containerPlatform } from './container/container-platform.ts';
import { hostedPlatform } from './hosted/hosted-platform.ts';
import { nativePlatform } from './native/native-platform.ts';
import type { PlatformModel } from './platform-model.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

/** The model of each platform kind for a scenario. */
export const PLATFORM_MODELS: Readonly<Record<PlatformKind, (s: Scenario) => PlatformModel>> = {
  native: nativePlatform,
  hosted: hostedPlatform,
  'bare-metal': bareMetalPlatform,
  container: containerPlatform,
};
