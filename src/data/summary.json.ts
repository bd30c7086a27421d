// Framework data loader: counts, table sizes and the latest figures, for the Overview and Data pages (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("summary.json");
