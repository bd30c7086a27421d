// Framework data loader: the articles read, and which member of texts.zip holds each (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("article-index.csv");
