import * as z from "zod/mini";
import { message } from "./message-spec";

const count = z.number().check(z.int(), z.nonnegative());

export const PRIVACY_MESSAGES = {
  /**
   * Options page → worker: forget thread histories, the deletion log and reminders (after the user confirmed).
   * Answers how many of each there were, so the page can say what was cleared.
   */
  "data/forget": message(["extension"], z.object({}), z.object({ threads: count, deletions: count, reminders: count })),
};
