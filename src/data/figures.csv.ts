// Framework data loader: every figure (figures.csv, the main table) (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("figures.csv");
