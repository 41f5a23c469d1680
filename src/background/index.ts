import { handle } from "../platform/messaging";
import { HANDLERS } from "./handlers";

/**
 * The worker. MV3 may stop it at any moment, so nothing here lives only in memory: listeners are registered
 * synchronously on every start and state is read from storage when needed.
 */
handle(HANDLERS, { refuseUnknown: true });
