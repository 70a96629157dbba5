import { createRedditAdapter } from "../../sites/reddit/adapter.ts";
import { start } from "../main.ts";

start(createRedditAdapter());
