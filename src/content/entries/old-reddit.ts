import { createOldRedditAdapter } from "../../sites/old-reddit/adapter.ts";
import { start } from "../main.ts";

start(createOldRedditAdapter());
