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
  // A deadline also in the reader's own time zone.
  for (const node of document.querySelectorAll("[data-local-time]")) {
    const when = new Date(node.dataset.localTime);
    const format = new Intl.DateTimeFormat(document.documentElement.lang, {dateStyle: "medium", timeStyle: "short"});
    node.textContent = `${format.format(when)} (${node.dataset.yourTime})`;
  }
  // Characters left in a text area with a limit.
  for (const area of document.querySelectorAll("textarea[data-count]")) {
    const out = document.getElementById(area.dataset.count), max = Number(area.maxLength);
    const numbers = new Intl.NumberFormat(document.documentElement.lang);
    const show = () => { out.textContent = `${out.dataset.label} ${numbers.format(max - area.value.length)}`; };
    out.hidden = false; show(); area.addEventListener("input", show);
  }
});
