import { render } from "preact";
import { AskSchool } from "./ask-school.tsx";
import "../ui/styles.css";

const root = document.getElementById("app");
if (root) render(<AskSchool />, root);
