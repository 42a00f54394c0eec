import { z } from "zod";

/** What the web app learns about this installation at run time. */
export const appConfigSchema = z
  .object({
    map: z.object({
      tileUrl: z.string().describe("XYZ tile template; empty means draw without tiles"),
      attribution: z.string(),
      crs: z
        .enum(["wgs84", "gcj02"])
        .describe(
          "The tiles' coordinate system: with gcj02 the app moves WGS-84 positions for display only",
        ),
      subdomains: z.string().describe("What {s} in the tile URL stands for, one character each"),
    }),
    visitRadiusM: z.number().int(),
    checkInWindowMarginMinutes: z
      .number()
      .int()
      .describe("Minutes outside a visit's planned start–end a check-in may be without a reason"),
    photoMaxBytes: z.number().int().describe("The largest visit photo the server accepts"),
    sourceUrl: z
      .string()
      .describe(
        "Where this server's source code is offered (AGPL-3.0 section 13): a URL or a path",
      ),
  })
  .meta({ id: "AppConfig" });
