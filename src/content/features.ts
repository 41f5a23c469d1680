import type { Feature } from "./feature";
import { presence } from "./presence";

/** Every content-script feature, in start order. A meta-test checks each feature file is listed here. */
export const FEATURES: readonly Feature[] = [presence];
