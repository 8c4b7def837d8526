import { bareMetalPlatform } from '../platforms/bare-metal/bare-metal-platform.ts';
import { containerPlatform } from '../platforms/container/container-platform.ts';
import { hostedPlatform } from '../platforms/hosted/hosted-platform.ts';
import { nativePlatform } from '../platforms/native/native-platform.ts';
import type { PlatformModel } from '../platforms/platform-model.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

/** The model of each platform kind for a scenario. */
export const PLATFORM_MODELS: Readonly<Record<PlatformKind, (s: Scenario) => PlatformModel>> = {
  native: nativePlatform,
  hosted: hostedPlatform,
  'bare-metal': bareMetalPlatform,
  container: containerPlatform,
};
