import { buildFixtures } from "../fixtures/build.mjs";

/** Builds the fixture pages' editor bundles (Lexical, Draft.js, Quill, TipTap) once before any test runs. */
export default async function globalSetup(): Promise<void> {
  await buildFixtures();
}
