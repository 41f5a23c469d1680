import { onInstalled, openFirstRunPage } from "../platform/tabs";
import { firstRunOnInstalled } from "../shared/first-run";

/**
 * A new install opens the first-run page, so company name, address form and sign-off are asked for before the
 * first suggestion signs as "the team". Registered at every worker start: MV3 delivers onInstalled only to
 * listeners added synchronously.
 */
export function openFirstRunOnInstall(): void {
  onInstalled((reason) => {
    if (firstRunOnInstalled(reason) !== "open") return;
    openFirstRunPage().catch((error) => console.error("Gelassen: the first-run page did not open", error));
  });
}
