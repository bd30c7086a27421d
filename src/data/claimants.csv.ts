// Framework data loader: claimants.csv with figure and claim counts.
import { emitClaimants } from "../../loaders/frameworkLoader.js";
await emitClaimants();
