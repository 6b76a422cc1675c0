// The console's only script (besides htmx): the CSRF token on htmx's requests, and a call's decision
// stream. No inline script anywhere: the Content-Security-Policy allows this file and htmx only.
"use strict";
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.body.dataset.csrf;
  if (token) { event.detail.headers["X-CSRF-Token"] = token; }
});
document.addEventListener("DOMContentLoaded", function () {
  var live = document.querySelector("[data-stream]");
  if (!live || !window.EventSource) { return; }
  var stream = new EventSource(live.dataset.stream);
  live.dataset.streamState = "connecting";
  stream.addEventListener("open", function () { live.dataset.streamState = "open"; });
  // Each decision (and each recording stop) brings the server-rendered panel again.
  ["decision", "recording.stop_confirmed", "recording.stop_failed"].forEach(function (name) {
    stream.addEventListener(name, function () { htmx.trigger(live, "decision-changed"); });
  });
});
