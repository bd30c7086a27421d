// Framework data loader: the claims divergence.csv compares, for the divergence charts (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("divergent-claims.csv");
