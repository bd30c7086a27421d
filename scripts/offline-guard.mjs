// Preloaded into Observable Framework's process (`node --import ./scripts/offline-guard.mjs ...`)
// by scripts/build.ts and scripts/dev.ts.
//
// Framework fetches from the npm registry (version lookups) and a CDN (module
// bodies) for every `npm:` import it cannot find in src/.observablehq/cache/_npm.
// This machine reaches only the npm registry, so such a build half-works: the
// version lookup succeeds (and leaves an empty, *newer* version folder that
// shadows ours), then the CDN download fails. Refuse every non-loopback fetch
// up front, with a message that says what to do instead.
const realFetch = globalThis.fetch;

globalThis.fetch = async function offlineFetch(input, init) {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input?.url;
  let host = "";
  try {
    host = new URL(String(url)).hostname;
  } catch {
    /* relative or odd URL: let the real fetch decide */
  }
  if (host === "127.0.0.1" || host === "localhost" || host === "::1" || host === "[::1]") {
    return realFetch(input, init);
  }
  const message =
    `offline: Framework tried to fetch ${url}. ` +
    `Import the library by its bare name (e.g. import embed from "vega-embed") so it is bundled from node_modules, ` +
    `or add it to scripts/offline-cache.ts.`;
  console.error(message);
  throw new Error(message);
};
