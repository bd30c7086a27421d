// Framework data loader: territory.csv with repeated reports merged, for the Territory page (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("territory-claims.csv");
