import { launchWithExtension } from "../../scripts/chromium.mjs";

export { launchWithExtension };
export type ExtensionBrowser = Awaited<ReturnType<typeof launchWithExtension>>;
