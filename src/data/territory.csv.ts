// Framework data loader: territory.csv from the project corpus (see loaders/frameworkLoader.ts).
import { emitTable } from "../../loaders/frameworkLoader.js";
await emitTable("territory");
