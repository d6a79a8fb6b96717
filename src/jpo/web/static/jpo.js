// The pages' own behaviour, from this one file: the Content-Security-Policy allows no inline script.
"use strict";

// After htmx fills a field's error slot, the field says whether it is invalid too (the profile form).
document.addEventListener("htmx:afterSwap", (event) => {
  const slot = event.detail.target;
  if (!slot.id || !slot.id.endsWith("-error")) return;
  const bad = slot.textContent.trim() !== "";
  const field = document.getElementById(slot.id.slice(0, -"-error".length));
  if (field && !["radio", "checkbox"].includes(field.type)) field.setAttribute("aria-invalid", String(bad));
  slot.closest(".field, .group")?.classList.toggle("invalid", bad);
});

// A refused decision (409, 422) on the ranking comes back as the form with its message: show it.
document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.target.closest("#ranking") && [409, 422].includes(event.detail.xhr.status)) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

document.addEventListener("DOMContentLoaded", () => {
  // A deadline also in the reader's own time zone, unless a clock the page already shows reads the same.
  for (const node of document.querySelectorAll("[data-local-time]")) {
    const when = new Date(node.dataset.localTime);
    const options = {dateStyle: "medium", timeStyle: "short"};
    const text = new Intl.DateTimeFormat(document.documentElement.lang, options).format(when);
    const shown = (node.dataset.zones || "").split(" ").filter(Boolean)
      .map((timeZone) => new Intl.DateTimeFormat(document.documentElement.lang, {...options, timeZone}).format(when));
    if (shown.includes(text)) {
      node.previousElementSibling?.tagName === "BR" && node.previousElementSibling.remove();
      node.remove();
    } else {
      node.textContent = `${text} (${node.dataset.yourTime})`;
    }
  }
  // Characters left in a text area with a limit.
  for (const area of document.querySelectorAll("textarea[data-count]")) {
    const out = document.getElementById(area.dataset.count), max = Number(area.maxLength);
    const numbers = new Intl.NumberFormat(document.documentElement.lang);
    const show = () => { out.textContent = `${out.dataset.label} ${numbers.format(max - area.value.length)}`; };
    out.hidden = false; show(); area.addEventListener("input", show);
  }
});

// --- The profile form (/me/profile): a warning before leaving unsaved changes, and each part's own Save. ---
// Each part ([data-part]) of a form marked data-warn-unsaved is compared with its fields as they were saved:
// when the page loaded, or when htmx brought it back saved (data-saved). A part the server marks
// data-unsaved (the page came back with answers not yet saved) counts as changed until it is saved.
(() => {
  const saved = new Map(); // part id -> its fields as saved, or null
  let leaving = false;
  const fieldsOf = (part) => JSON.stringify([...part.querySelectorAll("input, select, textarea")]
    .filter((f) => f.name && !["submit", "button"].includes(f.type) && (!["checkbox", "radio"].includes(f.type) || f.checked))
    .map((f) => [f.name, f.value]));
  const remember = (part) => saved.set(part.id, part.dataset.unsaved ? null : fieldsOf(part));
  const changed = (form) => [...form.querySelectorAll("[data-part]")].some((part) => saved.get(part.id) !== fieldsOf(part));
  document.addEventListener("DOMContentLoaded", () => {
    for (const part of document.querySelectorAll("form[data-warn-unsaved] [data-part]")) remember(part);
  });
  // A part saved by htmx is the new reference; one refused, or with an entry added or removed, stays changed.
  document.addEventListener("htmx:afterSettle", () => {
    for (const part of document.querySelectorAll("form[data-warn-unsaved] [data-part][data-saved]")) {
      remember(part);
      part.removeAttribute("data-saved");
    }
  });
  // A part refused (422) comes back with its errors: show it.
  document.addEventListener("htmx:beforeSwap", (event) => {
    if (event.detail.xhr.status === 422 && event.detail.target.closest("form[data-warn-unsaved]")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // Sending the whole form is not leaving it (the buttons htmx sends are not submissions).
  document.addEventListener("submit", (event) => {
    if (event.target.matches("form[data-warn-unsaved]") && !event.submitter?.hasAttribute("data-hx-post")) leaving = true;
  });
  window.addEventListener("pageshow", () => { leaving = false; });
  window.addEventListener("beforeunload", (event) => {
    const form = document.querySelector("form[data-warn-unsaved]");
    if (!form || leaving || !changed(form)) return;
    event.preventDefault();
    event.returnValue = ""; // older browsers show their own words; none shows the page's
  });
})();

// --- The admin's review form (/admin/vacancies/{id}): a warning before leaving it with corrections not
// saved. Save, Publish and Close all send the form (Publish and Close save the corrections with the move),
// so only leaving by a link or closing the tab warns. A form that came back with answers not yet saved
// (an error, or "back to the form") is marked data-unsaved and counts as changed from the start.
(() => {
  const reviewForm = () => document.getElementById("review-form");
  const fieldsOf = (form) => new URLSearchParams(new FormData(form)).toString();
  let saved = null;
  let sending = false;
  document.addEventListener("DOMContentLoaded", () => {
    const form = reviewForm();
    if (form) saved = form.hasAttribute("data-unsaved") ? "" : fieldsOf(form);
  });
  document.addEventListener("submit", (event) => { if (event.target === reviewForm()) sending = true; });
  window.addEventListener("pageshow", () => { sending = false; });
  window.addEventListener("beforeunload", (event) => {
    const form = reviewForm();
    if (!form || sending || saved === null || fieldsOf(form) === saved) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
