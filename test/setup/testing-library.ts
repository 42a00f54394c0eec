// Web component tests wait for the page with findBy…/waitFor. Testing Library gives up after
// one second by default; on a loaded 2-core CI machine with two workers a render can take
// longer, and the test failed though the page was right. The wait ends as soon as the element
// appears, so a longer limit costs nothing when things are fast.
if ("window" in globalThis) {
  const { configure } = await import("@testing-library/dom");
  configure({ asyncUtilTimeout: 10_000 });
}
