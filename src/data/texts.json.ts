// Framework data loader: article texts and metadata for the Article page (holds every text: small corpora only).
import { emitTexts } from "../../loaders/frameworkLoader.js";
await emitTexts();
