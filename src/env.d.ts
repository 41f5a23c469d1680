// Stylesheets: the pages' entries bundle them into their CSS file; the content script gets their text, which it
// puts into its Shadow DOMs (build.mjs chooses the loader per entry).
declare module "*.css" {
  const text: string;
  export default text;
}
