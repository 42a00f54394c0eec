import { z } from "zod";

/** What the web app learns about this installation at run time. */
export const appConfigSchema = z
  .object({
    map: z.object({
      tileUrl: z.string().describe("XYZ tile template; empty means draw without tiles"),
      attribution: z.string(),
    }),
    visitRadiusM: z.number().int(),
    sourceUrl: z
      .string()
      .describe(
        "Where this server's source code is offered (AGPL-3.0 section 13): a URL or a path",
      ),
  })
  .meta({ id: "AppConfig" });
