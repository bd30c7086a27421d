// Shared checks for chart factories: a spec must be valid against the Vega-Lite JSON schema, compile,
// and render headlessly to SVG; and it must equal its golden file (test/components/golden/<name>.json).
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import Ajv from "ajv";
import * as vega from "vega";
import {compile, type TopLevelSpec} from "vega-lite";

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, "../../node_modules/vega-lite/build/vega-lite-schema.json"), "utf8"));

// strict: false because the schema uses keywords ajv's strict mode rejects; allowUnionTypes for its type unions.
const ajv = new Ajv({strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false});
const validateSchema = ajv.compile(schema);

/** Schema errors of a spec, as readable lines ("" when valid). */
export function schemaErrors(spec: TopLevelSpec): string {
  if (validateSchema(spec)) return "";
  return (validateSchema.errors ?? [])
    .slice(0, 10)
    .map((error) => `${error.instancePath} ${error.message}`)
    .join("\n");
}

/** Compile with vega-lite and render with vega, headless; returns the SVG text and the view. */
export async function renderSvg(spec: TopLevelSpec): Promise<{svg: string; view: vega.View; warnings: string[]}> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.map(String).join(" "));
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile(spec, {logger: logger as never});
  const view = new vega.View(vega.parse(compiled.spec), {renderer: "none"});
  view.logLevel(vega.Warn);
  const svg = await view.toSVG();
  return {svg, view, warnings};
}

/**
 * Compare a spec with its golden file. On mismatch write <name>-changed.json beside it and return a
 * message; UPDATE_GOLDEN=1 rewrites the golden; under CI a missing golden is a failure, never written.
 */
export function goldenMismatch(name: string, spec: unknown): string {
  const file = join(here, "golden", `${name}.json`);
  const text = `${JSON.stringify(spec, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1" && !process.env.CI) {
    writeFileSync(file, text);
    return "";
  }
  if (!existsSync(file)) {
    if (process.env.CI) return `golden file ${file} is missing (not written under CI)`;
    writeFileSync(file, text);
    return "";
  }
  if (readFileSync(file, "utf8") === text) return "";
  const changed = join(here, "golden", `${name}-changed.json`);
  writeFileSync(changed, text);
  return `spec differs from ${file}; the new spec is in ${changed} (UPDATE_GOLDEN=1 to accept)`;
}

/** Count the items of a named mark in a rendered view's scenegraph. */
export function markItemCount(view: vega.View, markName: RegExp): number {
  let count = 0;
  const visit = (node: {marktype?: string; name?: string; items?: unknown[]}) => {
    if (node.marktype && node.name && markName.test(node.name)) count += node.items?.length ?? 0;
    for (const item of node.items ?? []) visit(item as typeof node);
  };
  visit((view.scenegraph() as unknown as {root: {items?: unknown[]}}).root as never);
  return count;
}
