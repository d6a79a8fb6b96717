// The interview booking page (/me/interviews/{id}): times on the reader's own clock. Without script the
// page shows the duty station's; with it, the browser's zone is asked for once (unless the reader chose
// one), and choosing another zone in the list shows the page again in it.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("zone-form");
  if (!form) return;
  const select = form.querySelector("select[name=zone]");
  select.addEventListener("change", () => form.requestSubmit());
  if (form.dataset.zoneChosen === "yes") return;
  let browserZone = "";
  try { browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch { return; }
  const offered = [...select.options].some((option) => option.value === browserZone);
  if (!offered || browserZone === form.dataset.zone) return;
  const url = new URL(window.location.href);
  url.searchParams.set("zone", browserZone);
  window.location.replace(url.toString());
});
