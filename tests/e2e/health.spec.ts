import { expect, openPopup, test } from "./extension";

test("the popup says so when a site's page shows no comments Gelassen can find", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  // A Facebook address with no fixture: a page of that site without any comment markup.
  await page.goto("https://www.facebook.com/acme/about");
  await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", "facebook");
  const popup = await openPopup(gelassen, page);
  await expect(popup.getByRole("status")).toHaveText(
    "Facebook: 0 comments found. If this post has comments, the page layout may have changed.",
    { timeout: 15_000 },
  );
});
