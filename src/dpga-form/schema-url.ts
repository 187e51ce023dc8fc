/** Where editors fetch our answers schema: the copy published with this very version of the package. */
import { TOOL_VERSION } from '../version.js';

export const SCHEMA_URL = `https://unpkg.com/dpg-check@${TOOL_VERSION}/schemas/declaration.schema.json`;
