// Framework data loader: outlets.csv joined with article and figure counts (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("outlets.csv");
