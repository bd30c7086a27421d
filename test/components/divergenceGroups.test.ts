import {describe, expect, it} from "vitest";
import {claimsVsConsensus} from "../../src/components/sourceDivergence.js";
import {divergenceGroups} from "../../src/components/divergenceGroups.js";
import {claimsModel} from "./fixtures.js";

describe("divergenceGroups", () => {
  it("orders events by how far their claims diverge, a 0-against-some claim first", () => {
    const order = divergenceGroups(claimsModel).map((group) => `${group.row.event_id} ${group.claims.length}`);
    expect(order).toEqual([
      "2025-06-03-kherson-shelling 3",
      "2025-06-01-operation-spiderweb 3",
      "2025-05-31-bryansk-kursk-bridges 2",
      "e5a4330b56fe8509 2",
    ]);
  });

  it("takes the median of the event's claims as the consensus", () => {
    const spiderweb = divergenceGroups(claimsModel).find((group) => group.row.event_id === "2025-06-01-operation-spiderweb")!;
    expect(spiderweb.consensus).toBe(40);
  });

  it("compares each claim with its event's consensus and leaves zeros off the log scale, counted", () => {
    const {points, zeros} = claimsVsConsensus(claimsModel);
    expect(zeros).toBe(1);
    const bloggers = points.find((point) => point.claimant === "Russian war bloggers")!;
    expect(bloggers.ratio).toBeCloseTo(2 / 40);
  });
});
