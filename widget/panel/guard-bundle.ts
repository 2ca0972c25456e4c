// The personal-data guard bundle (public/widget-guard.js), fetched by load-guard.ts.
import { maskPersonalData } from "../lib/personal-data/mask-personal-data.ts";
import { GUARD_GLOBAL, type MaskPersonalData } from "./load-guard.ts";

(window as unknown as Record<string, MaskPersonalData>)[GUARD_GLOBAL] = maskPersonalData;
