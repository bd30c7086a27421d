// Framework data loader: every input file, read or not, with the reason (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("articles.csv");
