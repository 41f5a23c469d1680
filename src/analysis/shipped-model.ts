import file from "../../assets/model/offensive.json";
import { decodeModel, type OffensiveModel } from "./model";

/**
 * The model that ships in assets/model/ (written by `npm run train`), bundled into the worker and the command
 * line: nothing is fetched. Decoded on first use, then kept; a worker that MV3 restarts simply decodes it again.
 */
let decoded: OffensiveModel | undefined;

export function shippedModel(): OffensiveModel {
  decoded ??= decodeModel(file);
  return decoded;
}
