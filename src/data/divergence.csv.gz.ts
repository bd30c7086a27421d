// Framework data loader: divergence.csv gzipped, for the Divergence and Sources pages (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("divergence.csv.gz");
