import "../options/page.css";
import "./learn.css";
import { renderLearn } from "./page.ts";

renderLearn(document.body);
