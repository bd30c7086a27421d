// Framework data loader: figures.csv gzipped, for the Figures and Review pages (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("figures.csv.gz");
