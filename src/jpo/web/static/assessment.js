// The written assessment's countdown (/me/applications/{id}/assessment): the time left, each second; at the
// due time the page is loaded again, and the server shows what was handed in.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const clock = document.getElementById("countdown");
  if (!clock || !clock.dataset.due) return;
  const due = new Date(clock.dataset.due).getTime();
  const numbers = new Intl.NumberFormat(document.documentElement.lang, {minimumIntegerDigits: 2});
  const tick = () => {
    const left = Math.max(0, Math.round((due - Date.now()) / 1000));
    const hours = Math.floor(left / 3600), minutes = Math.floor((left % 3600) / 60), seconds = left % 60;
    clock.textContent = `${clock.dataset.left} ${hours ? hours + ":" : ""}${numbers.format(minutes)}:${numbers.format(seconds)}`;
    if (left === 0) {
      clearInterval(timer);
      setTimeout(() => window.location.reload(), 1500);
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
});
