// Framework data loader: territory-claims.csv gzipped, for the Territory page (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("territory-claims.csv.gz");
