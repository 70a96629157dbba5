import { createOldRedditAdapter } from "../../sites/old-reddit/adapter.ts";
import { createRedditAdapter } from "../../sites/reddit/adapter.ts";
import { createXAdapter } from "../../sites/x/adapter.ts";
import { start } from "../main.ts";

// One content script for every site, built as one self-contained file (vite.config.ts): the adapter that
// handles this page starts, the others decline.
for (const adapter of [createXAdapter(), createRedditAdapter(), createOldRedditAdapter()]) start(adapter);
