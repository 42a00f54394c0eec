import { writeFileSync } from "node:fs";
import { serverDocument } from "./document.ts";
import { CLIENT_TYPES_PATH, generateClientTypes } from "./generate.ts";

const text = await generateClientTypes(await serverDocument());
writeFileSync(CLIENT_TYPES_PATH, text);
console.log(`wrote ${CLIENT_TYPES_PATH}`);
