import browser from "webextension-polyfill";
import "./page.css";
import "./options.css";
import { mountOptions } from "./page.ts";

void mountOptions(document.body, { storage: browser.storage });
