// The import screen while a scan is read in the background: ask the server how many
// pages are done, move the progress bar, and open the figures when reading ends.
(function () {
  "use strict";
  var box = document.querySelector("[data-status-url]");
  if (!box) { return; }
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-progress-text]");
  var note = box.querySelector("[data-progress-state]");
  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (job) {
        if (job.total) { bar.max = job.total; }
        bar.value = job.done || 0;
        text.textContent = (job.done || 0) + "/" + (job.total || "?");
        if (job.state === "running") { note.textContent = "Đang nhận dạng chữ trang " + Math.min((job.done || 0) + 1, job.total || 1) + "…"; }
        if (job.state === "done" || job.state === "failed") {
          window.location.assign(box.dataset.doneUrl);
        } else {
          window.setTimeout(poll, 800);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
