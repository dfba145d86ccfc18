/** Message -> plain text for the command line. Pure. */
import { type Block, type Inline, inlineToPlain, type Message } from "../../views/message.js";

const line = (content: Inline[]) => content.map(inlineToPlain).join("");

function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return `\n== ${block.text} ==`;
    case "text":
      return line(block.content);
    case "context":
      return `  ${line(block.content)}`;
    case "notice":
      return `${block.tone === "info" || block.tone === "success" ? "" : "! "}${line(block.content)}`;
    case "fields":
      return block.fields.map((f) => `  ${f.label}: ${line(f.value)}`).join("\n");
    case "list":
      return block.items.map((item) => `  - ${line(item)}`).join("\n");
    case "divider":
      return "";
    case "actions":
      return `  [${block.actions.map((a) => `${a.label} → ${a.intent}`).join("] [")}]`;
    case "form":
      return `  (${block.form.title}: ${block.form.fields.map((f) => f.label).join(", ")})`;
  }
}

export function renderMessageText(message: Message): string {
  return message.blocks.map(blockText).join("\n").trim();
}
