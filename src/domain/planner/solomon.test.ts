import { describe, expect, it } from "vitest";
import { parseSolomon, solomonToProblem } from "./solomon.ts";

const text = `C101

VEHICLE
NUMBER     CAPACITY
  25         200

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME
 
    0      40         50          0          0       1236          0   
    1      45         68         10        912        967         90   
    2      45         70         30        825        870         90   
`;

describe("parseSolomon", () => {
  it("reads the fleet, the depot and the customers", () => {
    const inst = parseSolomon(text);
    expect(inst.name).toBe("C101");
    expect(inst.vehicles).toBe(25);
    expect(inst.capacity).toBe(200);
    expect(inst.nodes).toHaveLength(3);
    expect(inst.nodes[2]).toEqual({
      id: 2,
      x: 45,
      y: 70,
      demand: 30,
      ready: 825,
      due: 870,
      service: 90,
    });
  });

  it("builds a problem with exact Euclidean travel and the depot's horizon as shift", () => {
    const problem = solomonToProblem(parseSolomon(text));
    expect(problem.vehicles).toHaveLength(25);
    expect(problem.vehicles[0]!.shift).toEqual({ start: 0, end: 1236 });
    expect(problem.jobs.map((j) => j.id)).toEqual(["1", "2"]);
    expect(problem.matrix.distance[0]![1]).toBeCloseTo(Math.hypot(5, 18), 12);
    expect(problem.matrix.duration).toBe(problem.matrix.distance);
  });

  it("rejects text without a fleet line", () => {
    expect(() => parseSolomon("nothing here")).toThrow(/VEHICLE/);
  });
});
