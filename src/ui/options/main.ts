import browser from "webextension-polyfill";
import { packagedModel } from "../../background/model/load.ts";
import "./page.css";
import "./options.css";
import { mountOptions } from "./page.ts";

void mountOptions(document.body, { storage: browser.storage, model: packagedModel });
