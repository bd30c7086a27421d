// Framework data loader: docs/codebook.md, rendered on the Data page.
import { emitCodebook } from "../../loaders/frameworkLoader.js";
await emitCodebook();
