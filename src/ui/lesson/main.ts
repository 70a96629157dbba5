import browser from "webextension-polyfill";
import { packagedModel } from "../../background/model/load.ts";
import { readEffective } from "../../settings/storage.ts";
import "../options/page.css";
import { engineFor } from "../options/panes/test-post.ts";
import "./lesson.css";
import { mountLesson } from "./page.ts";

void Promise.all([readEffective(browser.storage), packagedModel()]).then(([effective, learnedCheck]) =>
  mountLesson(document.body, { engine: engineFor()(effective, learnedCheck), session: sessionStorage }),
);
