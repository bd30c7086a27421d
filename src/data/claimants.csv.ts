// Framework data loader: claimants.csv joined with figure and claim counts (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("claimants.csv");
