/**
 * Message -> HTML for the built-in web chat. Pure. Every piece of text goes through escapeHtml,
 * so nothing a user typed can become markup; buttons carry their intent and data as attributes
 * the page's script sends back to the JSON API.
 */
import type { Action, Block, Form, FormField, Inline, Message } from "../../views/message.js";

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function renderMessageHtml(message: Message): string {
  const body = message.blocks.map(renderBlock).join("");
  return `<article class="card card-${message.visibility}" lang="${message.lang}">${body}</article>`;
}

function renderInline(inline: Inline): string {
  if (typeof inline === "string") return escapeHtml(inline);
  switch (inline.kind) {
    case "strong":
      return `<strong>${escapeHtml(inline.text)}</strong>`;
    case "person":
      return `<span class="person" data-professional="${escapeHtml(inline.professionalId)}">${escapeHtml(inline.name)}</span>`;
    case "link":
      return /^https?:\/\//.test(inline.url)
        ? `<a href="${escapeHtml(inline.url)}" rel="noopener noreferrer" target="_blank">${escapeHtml(inline.text)}</a>`
        : escapeHtml(inline.text);
    case "phone":
      return `<a href="tel:${escapeHtml(inline.number.replace(/[^+\d]/g, ""))}">${escapeHtml(inline.number)}</a>`;
    case "email":
      return `<a href="mailto:${escapeHtml(inline.address)}">${escapeHtml(inline.address)}</a>`;
  }
}

const inlines = (content: Inline[]) => content.map(renderInline).join("");

function renderBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case "text":
      return `<p>${inlines(block.content)}</p>`;
    case "context":
      return `<p class="context">${inlines(block.content)}</p>`;
    case "notice":
      return `<p class="notice notice-${block.tone}">${inlines(block.content)}</p>`;
    case "fields":
      return `<dl class="fields">${block.fields
        .map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${inlines(f.value)}</dd></div>`)
        .join("")}</dl>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${inlines(item)}</li>`).join("")}</ul>`;
    case "divider":
      return "<hr>";
    case "actions":
      return `<div class="actions">${block.actions.map(renderButton).join("")}</div>`;
    case "form":
      return renderForm(block.form);
  }
}

function renderButton(action: Action): string {
  const attrs = [
    `data-intent="${escapeHtml(action.intent)}"`,
    `data-action="${escapeHtml(JSON.stringify(action.data))}"`,
    action.confirm ? `data-confirm="${escapeHtml(action.confirm.text)}"` : "",
    `class="button${action.style ? ` button-${action.style}` : ""}"`,
  ];
  return `<button type="button" ${attrs.filter(Boolean).join(" ")}>${escapeHtml(action.label)}</button>`;
}

function renderForm(form: Form): string {
  const fields = form.fields.map((field) => renderField(field, form.errors?.[field.name])).join("");
  return `<form class="form" data-form="${escapeHtml(form.id)}" data-intent="${escapeHtml(form.submit.intent)}" data-action="${escapeHtml(
    JSON.stringify(form.submit.data),
  )}"><h4>${escapeHtml(form.title)}</h4>${fields}<button type="submit" class="button button-primary">${escapeHtml(
    form.submit.label,
  )}</button></form>`;
}

function renderField(field: FormField, error: string | undefined): string {
  const id = `f-${escapeHtml(field.name)}`;
  const label = `<label for="${id}">${escapeHtml(field.label)}</label>`;
  const errorHtml = error ? `<span class="field-error" role="alert">${escapeHtml(error)}</span>` : "";
  const name = `name="${escapeHtml(field.name)}" id="${id}"`;
  const required = "required" in field && field.required ? " required" : "";
  let input: string;
  switch (field.kind) {
    case "text":
      input = field.multiline
        ? `<textarea ${name} maxlength="${field.maxLength}"${required}>${escapeHtml(field.value ?? "")}</textarea>`
        : `<input type="text" ${name} maxlength="${field.maxLength}" value="${escapeHtml(field.value ?? "")}"${required}>`;
      break;
    case "select":
      input = `<select ${name}${required}>${field.options
        .map(
          (o) =>
            `<option value="${escapeHtml(o.value)}"${o.value === field.value ? " selected" : ""}>${escapeHtml(o.label)}</option>`,
        )
        .join("")}</select>`;
      break;
    case "date":
    case "time":
      input = `<input type="${field.kind}" ${name} value="${escapeHtml(field.value ?? "")}"${required}>`;
      break;
    case "toggle":
      input = `<input type="checkbox" ${name} value="true"${field.value ? " checked" : ""}>`;
      break;
  }
  return `<div class="field">${label}${input}${errorHtml}</div>`;
}
