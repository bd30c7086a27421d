// Framework data loader: events.csv from the project corpus (see loaders/frameworkLoader.ts).
import { emitTable } from "../../loaders/frameworkLoader.js";
await emitTable("events");
