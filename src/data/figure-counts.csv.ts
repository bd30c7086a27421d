// Framework data loader: figures per metric, outlet, claimant and side, for the count charts (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("figure-counts.csv");
