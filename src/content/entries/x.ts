import { createXAdapter } from "../../sites/x/adapter.ts";
import { start } from "../main.ts";

start(createXAdapter());
