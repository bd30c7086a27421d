// Framework data loader: divergent-claims.csv gzipped, for the Divergence and Sources charts (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("divergent-claims.csv.gz");
