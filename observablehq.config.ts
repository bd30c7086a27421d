// Observable Framework configuration. See scripts/build.ts and scripts/dev.ts for
// the offline npm cache and data-freshness steps that run around Framework.
//
// To add a page: create src/<name>.md and add {name, path} below. The e2e test
// (test/e2e/pages.test.ts) reads this list and opens every page in it.
export default {
  root: "src",
  title: "figures-by-source",
  // Follow the OS: light theme by default, dark when prefers-color-scheme: dark.
  theme: ["air", "near-midnight"],
  // The default stylesheet pulls web fonts from the internet.
  globalStylesheets: [],
  // No favicon request (it would 404 on a plain static server).
  head: '<link rel="icon" href="data:,">',
  interpreters: {
    ".ts": ["node_modules/.bin/tsx"]
  },
  pages: [
    {name: "Overview", path: "/"},
    {name: "Territory", path: "/territory"},
    {name: "Divergence", path: "/divergence"},
    {name: "Figures", path: "/figures"},
    {name: "Article", path: "/article"},
    {name: "Sources", path: "/sources"},
    {name: "Review", path: "/review"},
    {name: "Data", path: "/data"}
  ],
  pager: false,
  search: false,
  footer: "figures-by-source"
};
