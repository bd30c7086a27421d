// Framework data loader: article texts and figures in 64 members, for the Article page (one of the notebook files, loaders/notebookFiles.ts).
import { emitNotebookFile } from "../../loaders/frameworkLoader.js";
await emitNotebookFile("texts.zip");
