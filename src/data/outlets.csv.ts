// Framework data loader: outlets.csv joined with article and figure counts.
import { emitOutlets } from "../../loaders/frameworkLoader.js";
await emitOutlets();
